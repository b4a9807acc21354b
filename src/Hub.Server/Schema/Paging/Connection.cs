namespace Hub.Server.Schema.Paging;

/// <summary>One page of a cursor connection (HotChocolate's <c>XConnection</c>), read by the default field resolvers.</summary>
public sealed record Connection(PageInfo PageInfo, IReadOnlyList<Edge> Edges, IReadOnlyList<object> Nodes, int TotalCount);
