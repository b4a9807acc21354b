using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution.Planning;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Execution.Processing;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// graphql-js <c>completeAbstractValue</c> + <c>ensureValidRuntimeType</c>: the type's <c>resolveType</c>, else the
    /// default type resolver (<c>__typename</c> entry, then the possible types' <c>isTypeOf</c>, then CLR types).
    /// </summary>
    private ObjectType ResolveRuntimeType(NamedType abstractType, Selection selection, object value, ResultNode container, int slot)
    {
        var resolveType = abstractType switch
        {
            InterfaceType interfaceType => interfaceType.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        var typeName = (resolveType ?? DefaultTypeResolver.Resolve)(value, CreateContext(selection, value, container, slot), abstractType);
        var fieldName = $"{selection.DeclaringType.Name}.{selection.Field.Name}";
        if (typeName is null)
        {
            throw Located(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{fieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                selection);
        }

        var runtimeType = Request.Schema.GetType(typeName);
        if (runtimeType is null)
        {
            throw Located(
                $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.",
                selection);
        }

        if (runtimeType is not ObjectType objectType)
        {
            throw Located($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".", selection);
        }

        if (!Request.Schema.IsSubType(abstractType, objectType))
        {
            throw Located($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", selection);
        }

        return objectType;
    }

    private static GraphQLException Located(string message, Selection selection)
        => new(new GraphQLError(message, selection.FieldNodes));
}
