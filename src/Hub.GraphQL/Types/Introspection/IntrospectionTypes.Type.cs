namespace Hub.GraphQL.Types.Introspection;

public static partial class IntrospectionTypes
{
    /// <summary><c>__Type</c>; its runtime value is any <see cref="IGraphQLType"/>.</summary>
    public static ObjectType Type => LazyInitializer.EnsureInitialized(ref field, static () => new ObjectType("__Type", () =>
    [
        Pure("kind", new NonNullType(TypeKind), parent => ((IGraphQLType)parent!).Kind),
        Pure("name", BuiltInScalars.String, parent => (parent as NamedType)?.Name),
        Pure("description", BuiltInScalars.String, parent => (parent as NamedType)?.Description),
        Pure("specifiedByURL", BuiltInScalars.String, parent => (parent as ScalarType)?.SpecifiedByUrl),
        WithIncludeDeprecated("fields", new ListType(new NonNullType(Field)), BuiltInScalars.Boolean,
            (parent, includeDeprecated) => (parent as ComplexOutputType)?.Fields.Values
                .Where(f => includeDeprecated || !f.IsDeprecated).ToArray()),
        Pure("interfaces", new ListType(new NonNullType(Type)), parent => (parent as ComplexOutputType)?.Interfaces),
        new OutputField("possibleTypes", new ListType(new NonNullType(Type)))
        {
            Resolver = context => new ValueTask<object?>(
                context.Parent is NamedType named && named.IsAbstractType() ? context.Schema.GetPossibleTypes(named) : null),
        },
        WithIncludeDeprecated("enumValues", new ListType(new NonNullType(EnumValue)), BuiltInScalars.Boolean,
            (parent, includeDeprecated) => (parent as EnumType)?.Values.Values
                .Where(v => includeDeprecated || !v.IsDeprecated).ToArray()),
        WithIncludeDeprecated("inputFields", new ListType(new NonNullType(InputValue)), BuiltInScalars.Boolean,
            (parent, includeDeprecated) => parent is InputObjectType input
                ? FilterDeprecated(input.Fields.Values, includeDeprecated)
                : null),
        Pure("ofType", Type, parent => parent switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }),
        Pure("isOneOf", BuiltInScalars.Boolean, parent => parent is InputObjectType input ? input.IsOneOf : null),
    ])
    {
        Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
    });
}
