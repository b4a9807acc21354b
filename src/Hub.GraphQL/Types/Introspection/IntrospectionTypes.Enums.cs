namespace Hub.GraphQL.Types.Introspection;

public static partial class IntrospectionTypes
{
    /// <summary><c>__TypeKind</c>; runtime values are <see cref="Types.TypeKind"/> members.</summary>
    public static EnumType TypeKind { get; } = new(
        "__TypeKind",
        [
            new("SCALAR", Types.TypeKind.Scalar) { Description = "Indicates this type is a scalar." },
            new("OBJECT", Types.TypeKind.Object)
            {
                Description = "Indicates this type is an object. `fields` and `interfaces` are valid fields.",
            },
            new("INTERFACE", Types.TypeKind.Interface)
            {
                Description = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.",
            },
            new("UNION", Types.TypeKind.Union) { Description = "Indicates this type is a union. `possibleTypes` is a valid field." },
            new("ENUM", Types.TypeKind.Enum) { Description = "Indicates this type is an enum. `enumValues` is a valid field." },
            new("INPUT_OBJECT", Types.TypeKind.InputObject)
            {
                Description = "Indicates this type is an input object. `inputFields` is a valid field.",
            },
            new("LIST", Types.TypeKind.List) { Description = "Indicates this type is a list. `ofType` is a valid field." },
            new("NON_NULL", Types.TypeKind.NonNull) { Description = "Indicates this type is a non-null. `ofType` is a valid field." },
        ])
    {
        Description = "An enum describing what kind of type a given `__Type` is.",
    };

    /// <summary><c>__DirectiveLocation</c>; runtime values are <see cref="Types.DirectiveLocation"/> members.</summary>
    public static EnumType DirectiveLocation { get; } = new(
        "__DirectiveLocation",
        Enum.GetValues<Types.DirectiveLocation>().Select(location => new EnumValue(location.ToName(), location)
        {
            Description = "Location adjacent to " + DescribeLocation(location) + ".",
        }))
    {
        Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
    };

    private static string DescribeLocation(Types.DirectiveLocation location) => location switch
    {
        Types.DirectiveLocation.Query => "a query operation",
        Types.DirectiveLocation.Mutation => "a mutation operation",
        Types.DirectiveLocation.Subscription => "a subscription operation",
        Types.DirectiveLocation.Field => "a field",
        Types.DirectiveLocation.FragmentDefinition => "a fragment definition",
        Types.DirectiveLocation.FragmentSpread => "a fragment spread",
        Types.DirectiveLocation.InlineFragment => "an inline fragment",
        Types.DirectiveLocation.VariableDefinition => "a variable definition",
        Types.DirectiveLocation.Schema => "a schema definition",
        Types.DirectiveLocation.Scalar => "a scalar definition",
        Types.DirectiveLocation.Object => "an object type definition",
        Types.DirectiveLocation.FieldDefinition => "a field definition",
        Types.DirectiveLocation.ArgumentDefinition => "an argument definition",
        Types.DirectiveLocation.Interface => "an interface definition",
        Types.DirectiveLocation.Union => "a union definition",
        Types.DirectiveLocation.Enum => "an enum definition",
        Types.DirectiveLocation.EnumValue => "an enum value definition",
        Types.DirectiveLocation.InputObject => "an input object type definition",
        Types.DirectiveLocation.InputFieldDefinition => "an input object field definition",
        _ => "a directive definition",
    };
}
