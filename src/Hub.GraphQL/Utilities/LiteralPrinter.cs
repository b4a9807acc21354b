using System.Text;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Utilities;

/// <summary>
/// Prints value literals as graphql-js <c>print</c> does, for error messages and default values.
/// TODO(types): replace with <c>Language.Printer.Print</c> once the Language helper lands it.
/// </summary>
internal static class LiteralPrinter
{
    public static string Print(ValueNode node) => node switch
    {
        VariableNode v => "$" + v.Name.Value,
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => Quote(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode l => "[" + string.Join(", ", l.Values.Select(Print)) + "]",
        ObjectValueNode o => "{" + string.Join(", ", o.Fields.Select(f => f.Name.Value + ": " + Print(f.Value))) + "}",
        _ => throw new ArgumentException($"Unexpected value node {node.Kind}.", nameof(node)),
    };

    /// <summary>graphql-js <c>printString</c>.</summary>
    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case < ' ' or (>= '\x7f' and <= '\x9f'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
