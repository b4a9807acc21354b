using System.Text.Json;

namespace Hub.Server.Schema.Administration;

/// <summary>Turns a JSON document into the plain values (dictionaries, lists, strings, numbers) the result writer prints.</summary>
internal static class JsonValues
{
    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ToPlain(document.RootElement);
    }

    private static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
