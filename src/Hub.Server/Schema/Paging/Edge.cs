namespace Hub.Server.Schema.Paging;

/// <summary>An item of a connection with its cursor.</summary>
public sealed record Edge(string Cursor, object Node);
