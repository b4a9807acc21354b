namespace Hub.GraphQL.Data.Paging;

/// <summary>One item of a page with its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);
