using System.Text.Json;

namespace Hub.GraphQL.Conformance.Execution;

/// <summary>One entry of a corpus <c>cases.json</c>: a document, its variables and the operation to run.</summary>
public sealed record ExecutionCase(
    string Name,
    string Query,
    IReadOnlyDictionary<string, object?>? Variables,
    string? OperationName)
{
    /// <summary>Reads a <c>cases.json</c> array: <c>[{name, query, variables?, operationName?}]</c>.</summary>
    public static IReadOnlyList<ExecutionCase> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var cases = new List<ExecutionCase>();
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var name = entry.GetProperty("name").GetString()
                ?? throw new InvalidDataException($"{path}: a case has a null name.");
            var query = entry.GetProperty("query").GetString()
                ?? throw new InvalidDataException($"{path}: case \"{name}\" has a null query.");
            var variables = entry.TryGetProperty("variables", out var variablesElement)
                && variablesElement.ValueKind == JsonValueKind.Object
                    ? (IReadOnlyDictionary<string, object?>)JsonValueConverter.ToVariableValue(variablesElement)!
                    : null;
            var operationName = entry.TryGetProperty("operationName", out var operationElement)
                && operationElement.ValueKind == JsonValueKind.String
                    ? operationElement.GetString()
                    : null;
            cases.Add(new ExecutionCase(name, query, variables, operationName));
        }

        return cases;
    }
}
