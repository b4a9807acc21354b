namespace Hub.GraphQL.Types.Resolvers;

/// <summary>Composes a field's middleware around its resolver, once per field when the schema is built.</summary>
internal static class FieldPipeline
{
    /// <summary>
    /// The field's pipeline, or null when it has no middleware (the executor then keeps its direct path). The first
    /// middleware is innermost: each one wraps the resolver and every middleware added before it.
    /// </summary>
    public static FieldDelegate? Compose(
        IReadOnlyList<FieldMiddleware>? middleware, FieldResolverDelegate? resolver, PureFieldResolverDelegate? pureResolver)
    {
        if (middleware is not { Count: > 0 })
        {
            return null;
        }

        FieldDelegate pipeline = resolver is not null
            ? resolver.Invoke
            : context => new ValueTask<object?>(pureResolver!(context.Parent));
        foreach (var wrap in middleware)
        {
            pipeline = wrap(pipeline);
        }

        return pipeline;
    }
}
