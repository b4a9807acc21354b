using System.Collections;
using System.Text.RegularExpressions;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Utilities;

/// <summary>graphql-js <c>astFromValue</c>: a literal for an internal input value of a given type (for printing defaults).</summary>
public static partial class AstFromValue
{
    /// <summary>
    /// The literal for <paramref name="value"/> as <paramref name="type"/>, or null when it cannot be represented
    /// (e.g. null for a non-null type). A missing input object field is skipped, as graphql-js skips <c>undefined</c>.
    /// </summary>
    public static ValueNode? Convert(object? value, IGraphQLType type)
    {
        switch (type)
        {
            case NonNullType nonNull:
                var inner = Convert(value, nonNull.OfType);
                return inner is NullValueNode ? null : inner;
            case var _ when value is null:
                return new NullValueNode();
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }

                    return new ListValueNode(nodes);
                }

                return Convert(value, list.OfType);
            case InputObjectType inputObject:
                return ConvertObject(value, inputObject);
            case EnumType enumType:
                return FromSerializedLeaf(enumType.Serialize(value), isEnum: true, isId: false);
            case ScalarType scalar:
                return FromSerializedLeaf(scalar.Serialize(value), isEnum: false, isId: scalar.Name == "ID");
            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    /// <summary>A literal for an already serialized value of any shape (a scalar's default <c>ValueToLiteral</c>).</summary>
    public static ValueNode? FromSerialized(object? serialized) => serialized switch
    {
        null => new NullValueNode(),
        IReadOnlyDictionary<string, object?> map => new ObjectValueNode(map
            .Select(e => FromSerialized(e.Value) is { } node ? new ObjectFieldNode(new NameNode(e.Key), node) : null)
            .OfType<ObjectFieldNode>()
            .ToList()),
        IEnumerable items and not string => new ListValueNode(items.Cast<object?>()
            .Select(FromSerialized)
            .OfType<ValueNode>()
            .ToList()),
        _ => FromSerializedLeaf(serialized, isEnum: false, isId: false),
    };

    private static ObjectValueNode? ConvertObject(object value, InputObjectType type)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            return null;
        }

        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields.Values)
        {
            if (map.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } node)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
            }
        }

        return new ObjectValueNode(fields);
    }

    private static ValueNode? FromSerializedLeaf(object? serialized, bool isEnum, bool isId)
    {
        serialized = JavaScriptValue.Primitive(serialized);
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode(b);
            case string s when isEnum:
                return new EnumValueNode(s);
            case string s when isId && IntegerString().IsMatch(s):
                return new IntValueNode(s);
            case string s:
                return new StringValueNode(s, false);
        }

        if (JavaScriptNumber.TryGetNumber(serialized, out var number) && double.IsFinite(number))
        {
            var text = JavaScriptNumber.Format(serialized);
            return IntegerString().IsMatch(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }

        throw new InvalidOperationException($"Cannot convert value to AST: {ValueInspector.Inspect(serialized)}.");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();
}
