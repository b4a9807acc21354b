using System.Text.Json;

namespace Hub.GraphQL.Conformance.Execution;

/// <summary>
/// Turns corpus JSON into the plain CLR values the engine reads: <see cref="Dictionary{TKey,TValue}"/> for objects,
/// <see cref="List{T}"/> for arrays, <see cref="long"/> for integers, <see cref="double"/> for other numbers.
/// </summary>
public static class JsonValueConverter
{
    /// <summary>
    /// Converts a root value; <c>{"$error": "msg"}</c> objects become <see cref="ResolverFailure"/>s and
    /// <c>{"$arguments": true}</c> objects <see cref="ArgumentsEcho"/>.
    /// </summary>
    public static object? ToRootValue(JsonElement element) => Convert(element, bindFailures: true);

    /// <summary>Converts variable values, where <c>$error</c> has no meaning.</summary>
    public static object? ToVariableValue(JsonElement element) => Convert(element, bindFailures: false);

    private static object? Convert(JsonElement element, bool bindFailures) => element.ValueKind switch
    {
        JsonValueKind.Object => ConvertObject(element, bindFailures),
        JsonValueKind.Array => element.EnumerateArray().Select(item => Convert(item, bindFailures)).ToList(),
        JsonValueKind.String => element.GetString(),
        // JSON.parse keeps one number type; integral JSON texts become long so Int fields see integers.
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static object ConvertObject(JsonElement element, bool bindFailures)
    {
        if (bindFailures
            && element.TryGetProperty("$error", out var message)
            && element.EnumerateObject().Count() == 1)
        {
            return new ResolverFailure(message.GetString() ?? string.Empty);
        }

        if (bindFailures
            && element.TryGetProperty("$arguments", out var echo)
            && echo.ValueKind == JsonValueKind.True
            && element.EnumerateObject().Count() == 1)
        {
            return ArgumentsEcho.Instance;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = Convert(property.Value, bindFailures);
        }

        return result;
    }
}
