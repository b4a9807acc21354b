using System.Text;

namespace Hub.GraphQL.Language;

/// <summary>The string combinators of graphql-js's printer (<c>join</c>, <c>wrap</c>, <c>block</c>, <c>indent</c>) and <c>printString</c>.</summary>
internal static class PrintText
{
    /// <summary>Joins the non-empty parts with a separator.</summary>
    public static string Join(IEnumerable<string?> parts, string separator = "")
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    /// <summary>Surrounds a non-empty value with <paramref name="start"/> and <paramref name="end"/>; empty stays empty.</summary>
    public static string Wrap(string start, string? value, string end = "")
        => string.IsNullOrEmpty(value) ? string.Empty : string.Concat(start, value, end);

    /// <summary>Prints items one per line inside braces, indented.</summary>
    public static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    public static string Indent(string value)
        => value.Length == 0 ? value : "  " + value.Replace("\n", "\n  ", StringComparison.Ordinal);

    public static bool HasMultilineItems(IReadOnlyList<string> items) => items.Any(item => item.Contains('\n'));

    /// <summary>A double-quoted string with graphql-js's escapes for <c>"</c>, <c>\</c> and C0/C1 control characters.</summary>
    public static string QuotedString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
