using Hub.GraphQL.Types;

namespace Hub.GraphQL.Utilities;

/// <summary>graphql-js <c>typeComparators</c>: equality, subtyping and overlap of type references.</summary>
public static class TypeComparators
{
    /// <summary>True when both references denote the same type.</summary>
    public static bool IsEqualType(IGraphQLType typeA, IGraphQLType typeB) => (typeA, typeB) switch
    {
        _ when ReferenceEquals(typeA, typeB) => true,
        (NonNullType a, NonNullType b) => IsEqualType(a.OfType, b.OfType),
        (ListType a, ListType b) => IsEqualType(a.OfType, b.OfType),
        _ => false,
    };

    /// <summary>True when a value of <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType.IsAbstractType()
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>True when the two composite types may have a runtime object type in common.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType())
        {
            return typeB.IsAbstractType()
                ? schema.GetPossibleTypes(typeA).Any(type => schema.IsSubType(typeB, type))
                : schema.IsSubType(typeA, typeB);
        }

        return typeB.IsAbstractType() && schema.IsSubType(typeB, typeA);
    }
}
