using System.Globalization;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Utilities;

/// <summary>
/// graphql-js <c>valueFromAST</c>: the internal value of a literal for an input type. Returns false where graphql-js
/// returns <c>undefined</c> (an invalid literal); use the validator first for messages.
/// </summary>
public static class ValueFromAst
{
    /// <summary>
    /// Converts <paramref name="valueNode"/> to a value of <paramref name="type"/>; false when it is invalid. In
    /// <paramref name="variables"/> (coerced values) a missing key means the variable was not provided.
    /// </summary>
    public static bool TryConvert(
        ValueNode? valueNode, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is null)
        {
            return false;
        }

        if (valueNode is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || type is not NonNullType;
        }

        if (type is NonNullType nonNull)
        {
            return valueNode is not NullValueNode && TryConvert(valueNode, nonNull.OfType, variables, out value);
        }

        if (valueNode is NullValueNode)
        {
            return true;
        }

        return type switch
        {
            ListType list => TryConvertList(valueNode, list, variables, out value),
            InputObjectType inputObject => TryConvertObject(valueNode, inputObject, variables, out value),
            EnumType enumType => TryParseLeaf(() => enumType.ParseLiteral(valueNode, variables), out value),
            ScalarType scalar => TryParseLeaf(() => scalar.ParseLiteral(valueNode, variables), out value),
            _ => false,
        };
    }

    /// <summary>graphql-js <c>valueFromASTUntyped</c>: a literal as plain values (ints, doubles, strings, lists, dictionaries).</summary>
    public static object? Untyped(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        NullValueNode => null,
        IntValueNode i => ParseInteger(i.Value),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode list => list.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode obj => ToMap(obj.Fields, field => Untyped(field.Value, variables)),
        VariableNode variable => variables?.GetValueOrDefault(variable.Name.Value),
        _ => throw new ArgumentException($"Unexpected value node {valueNode.Kind}.", nameof(valueNode)),
    };

    /// <summary>An integer literal as int when it fits, else long, else double (JavaScript <c>parseInt</c>).</summary>
    public static object ParseInteger(string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            return i;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, object?> ToMap(IEnumerable<ObjectFieldNode> fields, Func<ObjectFieldNode, object?> value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            map[field.Name.Value] = value(field);
        }

        return map;
    }

    private static bool TryConvertList(ValueNode valueNode, ListType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is not ListValueNode listNode)
        {
            if (!TryConvert(valueNode, type.OfType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var items = new List<object?>(listNode.Values.Count);
        foreach (var itemNode in listNode.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                if (type.OfType is NonNullType)
                {
                    return false;
                }

                items.Add(null);
            }
            else if (TryConvert(itemNode, type.OfType, variables, out var item))
            {
                items.Add(item);
            }
            else
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private static bool TryConvertObject(
        ValueNode valueNode, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is not ObjectValueNode objectNode)
        {
            return false;
        }

        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            fieldNodes[fieldNode.Name.Value] = fieldNode;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryConvert(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }

    private static bool TryParseLeaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (GraphQLException)
        {
            value = null;
            return false;
        }
    }

    private static bool IsMissingVariable(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
