namespace Hub.GraphQL.Data.Paging;

/// <summary>Limits and shape of a cursor-paged field, with HotChocolate's defaults (<c>PagingOptions</c>).</summary>
public sealed record PagingOptions
{
    /// <summary>HotChocolate's defaults: 10 items when neither <c>first</c> nor <c>last</c> is given, at most 50, no <c>totalCount</c>.</summary>
    public static PagingOptions Default { get; } = new();

    /// <summary>Page size when the request gives neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>Largest <c>first</c> or <c>last</c> a request may ask for.</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary>Whether the connection type has <c>totalCount</c> (counted only when selected).</summary>
    public bool IncludeTotalCount { get; init; }

    /// <summary>Where the paging arguments are declared among the field's own.</summary>
    public PagingArgumentPosition ArgumentPosition { get; init; } = PagingArgumentPosition.AfterFieldArguments;
}
