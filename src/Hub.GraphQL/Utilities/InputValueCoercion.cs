using System.Collections;
using System.Text.Json;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Utilities;

/// <summary>Receives one coercion problem: the path inside the value, the offending value and the error.</summary>
public delegate void InputCoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

/// <summary>
/// graphql-js <c>coerceInputValue</c>: turns an external (JSON) value into the internal value of an input type,
/// reporting each problem with graphql-js's message and path. Without a handler the first problem throws, prefixed
/// <c>Invalid value … at "value.path":</c> like graphql-js's default handler.
/// </summary>
public static class InputValueCoercion
{
    /// <summary>graphql-js's <c>undefined</c> result: an input object leaves the field out, a list holds null.</summary>
    private static readonly object Invalid = new();

    /// <summary>Coerces <paramref name="inputValue"/> to <paramref name="type"/>; invalid parts become null after being reported.</summary>
    public static object? Coerce(
        object? inputValue, IGraphQLType type, InputCoercionErrorHandler? onError = null, bool hideSuggestions = false)
    {
        var coerced = CoerceValue(Unwrap(inputValue), type, onError ?? ThrowFirst, [], hideSuggestions);
        return coerced == Invalid ? null : coerced;
    }

    /// <summary>graphql-js <c>printPathArray</c>: <c>.field[0].other</c>.</summary>
    public static string PrintPath(IEnumerable<object> path) =>
        string.Concat(path.Select(key => key is int index ? "[" + index + "]" : "." + key));

    private static void ThrowFirst(IReadOnlyList<object> path, object? invalidValue, GraphQLError error)
    {
        var prefix = "Invalid value " + ValueInspector.Inspect(invalidValue);
        if (path.Count > 0)
        {
            prefix += $" at \"value{PrintPath(path)}\"";
        }

        throw new GraphQLException(new GraphQLError(prefix + ": " + error.Message, error.Nodes, error.Path, error.OriginalError, error.Extensions));
    }

    private static object? CoerceValue(
        object? value, IGraphQLType type, InputCoercionErrorHandler onError, List<object> path, bool hideSuggestions)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return CoerceValue(value, nonNull.OfType, onError, path, hideSuggestions);
            }

            onError(path.ToArray(), value, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return Invalid;
        }

        if (value is null)
        {
            return null;
        }

        return type switch
        {
            ListType list => CoerceList(value, list, onError, path, hideSuggestions),
            InputObjectType inputObject => CoerceObject(value, inputObject, onError, path, hideSuggestions),
            EnumType enumType => CoerceLeaf(value, enumType.Name, () => enumType.ParseValue(value, hideSuggestions), onError, path),
            ScalarType scalar => CoerceLeaf(value, scalar.Name, () => scalar.ParseValue(value), onError, path),
            _ => throw new ArgumentException($"Unexpected input type: {type}.", nameof(type)),
        };
    }

    private static List<object?> CoerceList(
        object value, ListType type, InputCoercionErrorHandler onError, List<object> path, bool hideSuggestions)
    {
        if (value is not IEnumerable items || value is string || IsObjectLike(value))
        {
            // Lists accept a single value as a list of one.
            return [Defined(CoerceValue(value, type.OfType, onError, path, hideSuggestions))];
        }

        var coerced = new List<object?>();
        var index = 0;
        foreach (var item in items)
        {
            path.Add(index++);
            coerced.Add(Defined(CoerceValue(Unwrap(item), type.OfType, onError, path, hideSuggestions)));
            path.RemoveAt(path.Count - 1);
        }

        return coerced;
    }

    private static object? Defined(object? value) => value == Invalid ? null : value;

    private static object CoerceObject(
        object value, InputObjectType type, InputCoercionErrorHandler onError, List<object> path, bool hideSuggestions)
    {
        if (AsObject(value) is not { } input)
        {
            onError(path.ToArray(), value, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return Invalid;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);

        // graphql-js keeps a key (valued undefined) for a field that failed to coerce, and its OneOf check counts
        // the keys: so a OneOf object's keys are the coerced fields plus the failed ones, in field order.
        var failedFields = 0;
        string? firstKey = null;
        foreach (var field in type.Fields.Values)
        {
            if (!input.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                    firstKey ??= field.Name;
                }
                else if (field.Type is NonNullType)
                {
                    onError(path.ToArray(), value, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            var coercedField = CoerceValue(Unwrap(fieldValue), field.Type, onError, path, hideSuggestions);
            path.RemoveAt(path.Count - 1);
            if (coercedField != Invalid)
            {
                coerced[field.Name] = coercedField;
            }
            else
            {
                failedFields++;
            }

            firstKey ??= field.Name;
        }

        foreach (var fieldName in input.Keys)
        {
            if (!type.Fields.ContainsKey(fieldName))
            {
                var suggestions = hideSuggestions ? [] : Suggestions.List(fieldName, type.Fields.Keys);
                onError(
                    path.ToArray(),
                    value,
                    new GraphQLError($"Field \"{fieldName}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions)));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count + failedFields != 1)
            {
                onError(path.ToArray(), value, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }

            // Only the first key is checked for null; a failed first field is undefined there, not null.
            if (firstKey is not null && coerced.TryGetValue(firstKey, out var first) && first is null)
            {
                onError([.. path, firstKey], null, new GraphQLError($"Field \"{firstKey}\" must be non-null."));
            }
        }

        return coerced;
    }

    private static object? CoerceLeaf(object value, string typeName, Func<object?> parse, InputCoercionErrorHandler onError, List<object> path)
    {
        try
        {
            return parse();
        }
        catch (GraphQLException exception)
        {
            onError(path.ToArray(), value, exception.Errors[0]);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            onError(path.ToArray(), value, new GraphQLError($"Expected type \"{typeName}\". " + exception.Message, originalError: exception));
        }

        return Invalid;
    }

    private static bool IsObjectLike(object value) =>
        value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or JsonElement { ValueKind: JsonValueKind.Object };

    /// <summary>The entries of an object-like value (dictionary or JSON object) in their order, or null.</summary>
    private static IReadOnlyDictionary<string, object?>? AsObject(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
        JsonElement { ValueKind: JsonValueKind.Object } element => element.EnumerateObject()
            .ToDictionary(p => p.Name, p => Unwrap(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>JSON elements become the plain values variables carry (string, bool, long/double, lists, dictionaries).</summary>
    private static object? Unwrap(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } e => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonElement { ValueKind: JsonValueKind.Array } e => e.EnumerateArray().Select(item => Unwrap(item)).ToList(),
        JsonElement { ValueKind: JsonValueKind.Object } => value,
        JsonElement e => JavaScriptValue.Primitive(e),
        _ => value,
    };
}
