namespace Hub.GraphQL.Data.Paging;

/// <summary>The Relay <c>PageInfo</c> of one page.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
