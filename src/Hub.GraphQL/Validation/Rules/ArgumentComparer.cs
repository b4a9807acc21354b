using System.Text;
using System.Text.Json;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>
/// Whether two fields are given the same arguments: the same names with structurally equal values, where input
/// object fields may come in any order (graphql-js compares a canonical JSON form, cached per value node).
/// </summary>
internal sealed class ArgumentComparer
{
    private readonly Dictionary<ValueNode, string> _canonical = new(ReferenceEqualityComparer.Instance);

    public bool Same(CollectedField field1, CollectedField field2, Action spend)
    {
        var arguments1 = field1.Node.Arguments;
        var arguments2 = field2.Node.Arguments;
        if (arguments1.Count == 0 || arguments2.Count == 0)
        {
            return arguments1.Count == arguments2.Count;
        }

        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        var values2 = field2.ArgumentValues;
        foreach (var argument in arguments1)
        {
            spend();
            if (!values2.TryGetValue(argument.Name.Value, out var value2) || Canonical(argument.Value) != Canonical(value2))
            {
                return false;
            }
        }

        return true;
    }

    private string Canonical(ValueNode value)
    {
        if (!_canonical.TryGetValue(value, out var text))
        {
            var builder = new StringBuilder();
            Append(builder, value);
            text = builder.ToString();
            _canonical[value] = text;
        }

        return text;
    }

    private static void Append(StringBuilder text, ValueNode value)
    {
        switch (value)
        {
            case ListValueNode list:
                text.Append('[');
                foreach (var item in list.Values)
                {
                    Append(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case ObjectValueNode objectValue:
                text.Append('{');
                foreach (var field in objectValue.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    text.Append(JsonSerializer.Serialize(field.Name.Value)).Append(':');
                    Append(text, field.Value);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case VariableNode variable:
                text.Append('$').Append(variable.Name.Value);
                break;
            case StringValueNode stringValue:
                text.Append(stringValue.Block ? "block:" : "string:").Append(JsonSerializer.Serialize(stringValue.Value));
                break;
            case IntValueNode intValue:
                text.Append("int:").Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                text.Append("float:").Append(floatValue.Value);
                break;
            case BooleanValueNode booleanValue:
                text.Append(booleanValue.Value ? "true" : "false");
                break;
            case EnumValueNode enumValue:
                text.Append("enum:").Append(enumValue.Value);
                break;
            default:
                text.Append("null");
                break;
        }
    }
}
