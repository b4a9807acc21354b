namespace Hub.Server.Schema.Paging;

/// <summary>The <c>PageInfo</c> of a connection.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
