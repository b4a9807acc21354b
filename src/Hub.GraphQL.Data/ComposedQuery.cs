using System.Linq.Expressions;

namespace Hub.GraphQL.Data;

/// <summary>
/// What a field's <c>UseSorting()</c>/<c>UseFiltering()</c> composed, to be applied to another query later: a field
/// resolved through a DataLoader returns <see cref="Root"/> (the middleware composes <c>where</c> and <c>order</c> onto
/// it), and the batch applies the result to its own query with <see cref="ApplyTo"/> (HotChocolate's <c>QueryContext</c>
/// handed to a DataLoader). The filter is the same for every parent of one selection, so one query serves the batch.
/// </summary>
public sealed class ComposedQuery<T>
{
    private readonly Expression _composed;

    private ComposedQuery(Expression composed) => _composed = composed;

    /// <summary>The query a DataLoader field resolves to, for its data middleware to compose onto.</summary>
    public static IQueryable<T> Root { get; } = Array.Empty<T>().AsQueryable();

    /// <summary>What was composed onto <see cref="Root"/>.</summary>
    public static ComposedQuery<T> Of(IQueryable<T> composed) => new(composed.Expression);

    /// <summary><paramref name="source"/> filtered and ordered as composed (a later <c>order</c> replaces its own order).</summary>
    public IQueryable<T> ApplyTo(IQueryable<T> source) => source.Provider.CreateQuery<T>(new RootSwap(source.Expression).Visit(_composed));

    private sealed class RootSwap(Expression source) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node) => ReferenceEquals(node.Value, Root) ? source : node;
    }
}
