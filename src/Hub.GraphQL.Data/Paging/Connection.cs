namespace Hub.GraphQL.Data.Paging;

/// <summary>
/// One page of a cursor connection: its edges, nodes and page info. The total count is computed only when asked
/// for (a <c>totalCount</c> selection), once per connection.
/// </summary>
public sealed class Connection<T> : IConnection
{
    private readonly Lazy<Task<int>> _totalCount;

    internal Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Lazy<Task<int>> totalCount)
    {
        Edges = edges;
        Nodes = edges.Select(e => e.Node).ToList();
        PageInfo = pageInfo;
        _totalCount = totalCount;
    }

    public IReadOnlyList<Edge<T>> Edges { get; }

    public IReadOnlyList<T> Nodes { get; }

    public PageInfo PageInfo { get; }

    /// <inheritdoc />
    public Task<int> GetTotalCountAsync() => _totalCount.Value;

    /// <summary>The same page with every node turned into what the schema serves (e.g. a row with its masking rules).</summary>
    public Connection<TResult> Select<TResult>(Func<T, TResult> selector) =>
        new(Edges.Select(e => new Edge<TResult>(e.Cursor, selector(e.Node))).ToList(), PageInfo, _totalCount);
}
