using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Introspection;

namespace Hub.GraphQL.Validation;

/// <summary>graphql-js's <c>getFieldDef</c>: a field of a composite type, including the introspection meta fields.</summary>
public static class FieldDefinitions
{
    /// <summary>The definition of <paramref name="fieldName"/> on <paramref name="parentType"/>, or null when there is none.</summary>
    public static OutputField? Find(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            switch (fieldName)
            {
                case "__schema" when ReferenceEquals(schema.QueryTypeOrNull, parentType):
                    return IntrospectionFields.Schema;
                case "__type" when ReferenceEquals(schema.QueryTypeOrNull, parentType):
                    return IntrospectionFields.Type;
                case "__typename" when parentType.IsCompositeType():
                    return IntrospectionFields.TypeName;
            }
        }

        return parentType is ComplexOutputType complex ? complex.GetField(fieldName) : null;
    }
}
