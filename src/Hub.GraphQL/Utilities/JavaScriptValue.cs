using System.Globalization;
using System.Text.Json;

namespace Hub.GraphQL.Utilities;

/// <summary>Maps CLR values onto the JavaScript values graphql-js would see (its <c>serializeObject</c> step).</summary>
public static class JavaScriptValue
{
    /// <summary>
    /// Unwraps values that JavaScript would see as primitives: a <see cref="JsonElement"/> string/number/boolean/null, and
    /// dates (which serialize through <c>Date.prototype.toJSON</c>). Other values are returned unchanged.
    /// </summary>
    public static object? Primitive(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        DateTime or DateTimeOffset => DateToJson(value),
        char c => c.ToString(),
        _ => value,
    };

    /// <summary>JavaScript <c>Date.prototype.toJSON</c>: UTC with milliseconds, e.g. <c>2020-01-02T03:04:05.000Z</c>.</summary>
    public static string DateToJson(object date)
    {
        var utc = date switch
        {
            DateTimeOffset offset => offset.UtcDateTime,
            DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
            DateTime other => DateTime.SpecifyKind(other, DateTimeKind.Utc),
            _ => throw new ArgumentException("Expected a DateTime or DateTimeOffset.", nameof(date)),
        };
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }
}
