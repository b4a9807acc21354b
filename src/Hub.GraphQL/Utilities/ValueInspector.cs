using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hub.GraphQL.Utilities;

/// <summary>graphql-js <c>inspect</c>: how runtime values appear in error messages (<c>"abc"</c>, <c>{ a: 1 }</c>, <c>[1, 2]</c>).</summary>
public static class ValueInspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Inspect(object? value) => Format(value, []);

    /// <summary>JavaScript <c>JSON.stringify</c> of a string: escapes quotes, backslashes, control characters and lone surrogates.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || IsLoneSurrogate(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                        if (char.IsHighSurrogate(c))
                        {
                            builder.Append(value[++i]);
                        }
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsLoneSurrogate(string value, int index)
    {
        var c = value[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        return char.IsLowSurrogate(c);
    }

    private static string Format(object? value, List<object> seen)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return Quote(s);
            case char c:
                return Quote(c.ToString());
            case bool b:
                return b ? "true" : "false";
            case Enum e:
                return Quote(e.ToString());
            case JsonElement element:
                return FormatJson(element, seen);
            case DateTime or DateTimeOffset:
                // A JavaScript Date inspects through its toJSON(): the ISO string, unquoted.
                return JavaScriptValue.DateToJson(value);
            case Delegate d:
                return "[function " + d.Method.Name + "]";
        }

        if (JavaScriptNumber.TryGetNumber(value, out var number))
        {
            return JavaScriptNumber.ToString(number);
        }

        if (seen.Any(s => ReferenceEquals(s, value)))
        {
            return "[Circular]";
        }

        var nested = new List<object>(seen) { value };
        return value switch
        {
            IEnumerable<KeyValuePair<string, object?>> entries => FormatObject(entries.ToList(), value, nested),
            IDictionary dictionary => FormatObject(
                dictionary.Cast<DictionaryEntry>().Select(e => KeyValuePair.Create(Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? string.Empty, e.Value)).ToList(),
                value,
                nested),
            IEnumerable items => FormatArray(items.Cast<object?>().ToList(), nested),
            _ => FormatObject(
                value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
                    .Select(p => KeyValuePair.Create(p.Name, p.GetValue(value))).ToList(),
                value,
                nested),
        };
    }

    private static string FormatJson(JsonElement element, List<object> seen) => element.ValueKind switch
    {
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Number => JavaScriptNumber.ToString(element.GetDouble()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => FormatObject(
            element.EnumerateObject().Select(p => KeyValuePair.Create<string, object?>(p.Name, p.Value)).ToList(),
            element,
            [.. seen, element]),
        JsonValueKind.Array => FormatArray(element.EnumerateArray().Select(e => (object?)e).ToList(), [.. seen, element]),
        _ => "null",
    };

    private static string FormatObject(List<KeyValuePair<string, object?>> entries, object value, List<object> seen)
    {
        if (entries.Count == 0)
        {
            return "{}";
        }

        if (seen.Count > MaxRecursiveDepth)
        {
            return "[" + (value is IEnumerable or JsonElement ? "Object" : value.GetType().Name) + "]";
        }

        return "{ " + string.Join(", ", entries.Select(e => e.Key + ": " + Format(e.Value, seen))) + " }";
    }

    private static string FormatArray(List<object?> items, List<object> seen)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (seen.Count > MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var shown = items.Take(MaxArrayLength).Select(item => Format(item, seen)).ToList();
        var remaining = items.Count - shown.Count;
        if (remaining == 1)
        {
            shown.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            shown.Add($"... {remaining} more items");
        }

        return "[" + string.Join(", ", shown) + "]";
    }
}
