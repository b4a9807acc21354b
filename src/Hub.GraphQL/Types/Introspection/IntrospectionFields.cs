using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Types.Introspection;

/// <summary>The meta fields <c>__schema</c>, <c>__type</c> and <c>__typename</c> (graphql-js <c>SchemaMetaFieldDef</c>, …).</summary>
public static class IntrospectionFields
{
    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static OutputField Schema { get; } = new("__schema", new NonNullType(IntrospectionTypes.Schema))
    {
        Description = "Access the current type schema of this server.",
        Resolver = context => new ValueTask<object?>(VisibleSchema(context)),
    };

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static OutputField Type { get; } = new("__type", IntrospectionTypes.Type)
    {
        Description = "Request the type information of a single type.",
        Arguments = OutputField.ArgumentMap([new Argument("name", new NonNullType(BuiltInScalars.String))]),
        Resolver = context => new ValueTask<object?>(
            context.ArgumentValue("name") is string name ? VisibleSchema(context).GetType(name) : null),
    };

    /// <summary><c>__typename: String!</c>, available on every object, interface and union.</summary>
    public static OutputField TypeName { get; } = new("__typename", new NonNullType(BuiltInScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = context => new ValueTask<object?>(context.ObjectType.Name),
    };

    /// <summary>The schema introspection describes: the host's view for this caller, or the executed schema.</summary>
    private static Schema VisibleSchema(IResolverContext context) =>
        context.Services.GetService(typeof(IVisibleSchemaProvider)) is IVisibleSchemaProvider provider
            ? provider.GetVisibleSchema(context)
            : context.Schema;
}
