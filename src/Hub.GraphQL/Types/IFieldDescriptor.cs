using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Types;

/// <summary>
/// A field being configured whose pipeline so far produces a <typeparamref name="TResult"/>; typed extensions such as
/// <c>UsePaging()</c> apply only where the value fits (covariant, so an <c>IOrderedQueryable</c> is an <c>IQueryable</c>).
/// </summary>
public interface IFieldDescriptor<out TResult>
{
    /// <summary>The builder the field belongs to (extensions register their conventions on it).</summary>
    SchemaBuilder Builder { get; }

    /// <summary>The object type declaring the field.</summary>
    string TypeName { get; }

    /// <summary>The field's name.</summary>
    string FieldName { get; }

    /// <summary>Adds middleware around the resolver and every middleware added before, keeping the value's type.</summary>
    IFieldDescriptor<TResult> Use(FieldMiddleware middleware);

    /// <summary>Adds middleware that turns the value into a <typeparamref name="TNext"/>.</summary>
    IFieldDescriptor<TNext> Use<TNext>(FieldMiddleware middleware);
}
