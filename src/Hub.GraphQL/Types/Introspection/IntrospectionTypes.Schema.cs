namespace Hub.GraphQL.Types.Introspection;

public static partial class IntrospectionTypes
{
    /// <summary><c>__Schema</c>; its runtime value is the <see cref="Types.Schema"/>.</summary>
    public static ObjectType Schema => LazyInitializer.EnsureInitialized(ref field, static () => new ObjectType("__Schema", () =>
    [
        Pure("description", BuiltInScalars.String, parent => ((Schema)parent!).Description),
        Pure("types", new NonNullType(new ListType(new NonNullType(Type))), parent => ((Schema)parent!).Types.Values,
            "A list of all types supported by this server."),
        Pure("queryType", new NonNullType(Type), parent => ((Schema)parent!).QueryTypeOrNull,
            "The type that query operations will be rooted at."),
        Pure("mutationType", Type, parent => ((Schema)parent!).MutationType,
            "If this server supports mutation, the type that mutation operations will be rooted at."),
        Pure("subscriptionType", Type, parent => ((Schema)parent!).SubscriptionType,
            "If this server support subscription, the type that subscription operations will be rooted at."),
        WithIncludeDeprecated("directives", new NonNullType(new ListType(new NonNullType(Directive))), NonNullBoolean,
            (parent, includeDeprecated) => ((Schema)parent!).Directives.Where(d => includeDeprecated || !d.IsDeprecated).ToArray(),
            "A list of all directives supported by this server."),
    ])
    {
        Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
    });

    /// <summary><c>__Directive</c>; its runtime value is a <see cref="DirectiveDefinition"/>.</summary>
    public static ObjectType Directive => LazyInitializer.EnsureInitialized(ref field, static () => new ObjectType("__Directive", () =>
    [
        Pure("name", NonNullString, parent => ((DirectiveDefinition)parent!).Name),
        Pure("description", BuiltInScalars.String, parent => ((DirectiveDefinition)parent!).Description),
        Pure("isRepeatable", NonNullBoolean, parent => ((DirectiveDefinition)parent!).IsRepeatable),
        Pure("locations", new NonNullType(new ListType(new NonNullType(DirectiveLocation))),
            parent => ((DirectiveDefinition)parent!).Locations),
        WithIncludeDeprecated("args", new NonNullType(new ListType(new NonNullType(InputValue))), BuiltInScalars.Boolean,
            (parent, includeDeprecated) => FilterDeprecated(((DirectiveDefinition)parent!).Arguments.Values, includeDeprecated)),
        Pure("isDeprecated", NonNullBoolean, parent => ((DirectiveDefinition)parent!).IsDeprecated),
        Pure("deprecationReason", BuiltInScalars.String, parent => ((DirectiveDefinition)parent!).DeprecationReason),
    ])
    {
        Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
    });

    private static InputValue[] FilterDeprecated(IEnumerable<InputValue> values, bool includeDeprecated) =>
        values.Where(v => includeDeprecated || !v.IsDeprecated).ToArray();
}
