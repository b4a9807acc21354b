namespace Hub.GraphQL.Data;

/// <summary>
/// A field a request filters or sorts by and how: a filter operation (<c>eq</c>, <c>contains</c> …) or a sort direction
/// (<c>ASC</c>, <c>DESC</c>). <paramref name="Path"/> locates it in the argument (<c>where.or[1].name.contains</c>).
/// </summary>
public sealed record FieldUse(string Field, string Operation, string Path);

/// <summary>
/// Checks, per request, the fields a <c>where</c> or <c>order</c> uses before the query runs (e.g. refuses partial
/// matches on a field the caller sees masked) by throwing a <see cref="Errors.GraphQLException"/>.
/// </summary>
public delegate ValueTask FieldUseGuard(Types.Resolvers.IResolverContext context, IReadOnlyList<FieldUse> uses);
