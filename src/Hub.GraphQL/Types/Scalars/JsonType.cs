using System.Text.Json;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>
/// HotChocolate's <c>JSON</c>: any JSON value. Runtime values are <see cref="JsonElement"/>s or plain values
/// (dictionaries, lists, strings, numbers, booleans); literals become plain values.
/// </summary>
public sealed class JsonType() : PassThroughScalarType("JSON")
{
    public override object? Serialize(object? runtimeValue) =>
        runtimeValue is JsonDocument document ? document.RootElement.Clone() : runtimeValue;
}
