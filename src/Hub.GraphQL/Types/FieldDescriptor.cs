using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Types;

/// <summary>
/// Configures one field of an SDL type (<see cref="SchemaBuilder.Field"/>): its resolver and its middleware. Unlike
/// HotChocolate's descriptor, where the first <c>Use</c> is outermost, each step here wraps everything configured
/// before it, so a chain reads in the order the value flows: <c>Resolve(…)</c> → <c>UsePaging()</c> → <c>Use(…)</c>.
/// </summary>
public sealed class FieldDescriptor : IFieldDescriptor<object?>
{
    internal FieldDescriptor(SchemaBuilder builder, string typeName, string fieldName)
    {
        Builder = builder;
        TypeName = typeName;
        FieldName = fieldName;
    }

    /// <inheritdoc />
    public SchemaBuilder Builder { get; }

    /// <inheritdoc />
    public string TypeName { get; }

    /// <inheritdoc />
    public string FieldName { get; }

    /// <summary>Binds a synchronous resolver whose value middleware added next receives as a <typeparamref name="TResult"/>.</summary>
    public IFieldDescriptor<TResult> Resolve<TResult>(Func<IResolverContext, TResult> resolve)
    {
        Builder.BindResolver(TypeName, FieldName, context => new ValueTask<object?>(resolve(context)));
        return new FieldDescriptor<TResult>(this);
    }

    /// <summary>Binds an asynchronous resolver whose value middleware added next receives as a <typeparamref name="TResult"/>.</summary>
    public IFieldDescriptor<TResult> ResolveAsync<TResult>(Func<IResolverContext, ValueTask<TResult>> resolve)
    {
        Builder.BindResolver(TypeName, FieldName, async context => await resolve(context).ConfigureAwait(false));
        return new FieldDescriptor<TResult>(this);
    }

    /// <inheritdoc />
    public IFieldDescriptor<object?> Use(FieldMiddleware middleware) => Use<object?>(middleware);

    /// <inheritdoc />
    public IFieldDescriptor<TNext> Use<TNext>(FieldMiddleware middleware)
    {
        Builder.Use(TypeName, FieldName, middleware);
        return new FieldDescriptor<TNext>(this);
    }
}

/// <summary>A field whose pipeline, as configured so far, produces a <typeparamref name="TResult"/>.</summary>
internal sealed class FieldDescriptor<TResult>(FieldDescriptor untyped) : IFieldDescriptor<TResult>
{
    public SchemaBuilder Builder => untyped.Builder;

    public string TypeName => untyped.TypeName;

    public string FieldName => untyped.FieldName;

    public IFieldDescriptor<TResult> Use(FieldMiddleware middleware) => untyped.Use<TResult>(middleware);

    public IFieldDescriptor<TNext> Use<TNext>(FieldMiddleware middleware) => untyped.Use<TNext>(middleware);
}
