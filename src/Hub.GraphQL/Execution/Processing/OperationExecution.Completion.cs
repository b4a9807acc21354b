using System.Collections;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution.Planning;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Execution.Processing;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// graphql-js <c>completeValue</c> for one response position (a field or a list item) of declared type
    /// <paramref name="type"/>. Errors are recorded at the position; a nullable position absorbs them as null.
    /// </summary>
    private object? CompletePosition(IGraphQLType type, Selection selection, object? value, ResultNode container, int slot)
    {
        var nonNull = type is NonNullType;
        var innerType = nonNull ? ((NonNullType)type).OfType : type;
        object? completed = null;
        if (value is not null)
        {
            if (TaskValues.TryGetPending(value, out var pending))
            {
                Park(pending, type, selection, container, slot);
                return Pending;
            }

            try
            {
                var ready = TaskValues.Unwrap(value);

                // graphql-js completeValue: a resolved Error value is thrown as the field's error.
                if (ready is Exception resolvedError)
                {
                    throw resolvedError;
                }

                completed = ready is null ? null : CompleteNonNullValue(innerType, nonNull, selection, ready, container, slot);
            }
            catch (Exception exception) when (!IsAbort(exception))
            {
                RecordError(exception, selection, container, slot);
                completed = Invalid;
            }
        }

        if (completed == Invalid)
        {
            return nonNull ? Invalid : null;
        }

        if (completed is null && nonNull)
        {
            RecordError(
                $"Cannot return null for non-nullable field {selection.DeclaringType.Name}.{selection.Field.Name}.",
                selection,
                container,
                slot);
            return Invalid;
        }

        return completed;
    }

    private object? CompleteNonNullValue(
        IGraphQLType type, bool nonNullPosition, Selection selection, object? value, ResultNode container, int slot)
    {
        switch (type)
        {
            case ScalarType scalar:
                return IsAlreadySerialized(scalar, value) ? value : SerializeLeaf(scalar, scalar.Serialize(value), value);

            case EnumType enumType:
                return SerializeLeaf(enumType, enumType.Serialize(value), value);

            case ListType list:
                return CompleteList(list, nonNullPosition, selection, value!, container, slot);

            case ObjectType objectType:
                return CompleteObject(objectType, nonNullPosition, selection, value!, container, slot);

            default:
                var runtimeType = ResolveRuntimeType((NamedType)type, selection, value!, container, slot);
                return CompleteObject(runtimeType, nonNullPosition, selection, value!, container, slot);
        }
    }

    /// <summary>Values a built-in scalar's <c>serialize</c> would return unchanged; skipping the call saves a box per leaf.</summary>
    private static bool IsAlreadySerialized(ScalarType scalar, object? value) => value switch
    {
        string => ReferenceEquals(scalar, BuiltInScalars.String) || ReferenceEquals(scalar, BuiltInScalars.ID),
        int => ReferenceEquals(scalar, BuiltInScalars.Int),
        bool => ReferenceEquals(scalar, BuiltInScalars.Boolean),
        double number => ReferenceEquals(scalar, BuiltInScalars.Float) && double.IsFinite(number),
        _ => false,
    };

    private static object SerializeLeaf(NamedType type, object? serialized, object? value)
        => serialized ?? throw new GraphQLException(
            $"Expected `{type.Name}.serialize({ValueInspector.Inspect(value)})` to return non-nullable value, returned: null");

    /// <summary>graphql-js <c>completeListValue</c>: items complete in order; a failed non-null item stops the list.</summary>
    private object CompleteList(
        ListType type, bool nonNullPosition, Selection selection, object value, ResultNode container, int slot)
    {
        if (value is string or IDictionary or IReadOnlyDictionary<string, object?> || value is not IEnumerable items)
        {
            throw new GraphQLException(
                $"Expected Iterable, but did not find one for field \"{selection.DeclaringType.Name}.{selection.Field.Name}\".");
        }

        var list = new ResultList(items is ICollection collection ? collection.Count : 0, container, slot, nonNullPosition);
        var itemType = type.OfType;
        var index = 0;
        foreach (var item in items)
        {
            var completed = CompletePosition(itemType, selection, item, list, index);
            if (completed == Invalid)
            {
                list.Invalidate(_lastError!);
                return Invalid;
            }

            list.Add(completed);
            index++;
        }

        return list;
    }

    /// <summary>graphql-js <c>completeObjectValue</c>: checks <c>isTypeOf</c>, then executes the sub-selections.</summary>
    private object CompleteObject(
        ObjectType type, bool nonNullPosition, Selection selection, object value, ResultNode container, int slot)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value, CreateContext(selection, value, container, slot)))
        {
            throw new GraphQLException($"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(value)}.");
        }

        // After isTypeOf, as graphql-js collects subfields: collecting may throw (a null @skip/@include condition).
        var selections = selection.GetSubSelections(type);
        var map = new ResultMap(selections, container, slot, nonNullPosition);
        if (!ExecuteSelections(map, value))
        {
            return Invalid;
        }

        return map;
    }

    private ResolverContext CreateContext(Selection selection, object? parent, ResultNode container, int slot)
        => new(this, selection, parent, container, slot, ArgumentValues.Empty);
}
