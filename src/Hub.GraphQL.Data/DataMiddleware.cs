namespace Hub.GraphQL.Data;

/// <summary>The data middleware of a field, in the order the value flows through them (HotChocolate's order, innermost first).</summary>
public enum DataMiddleware
{
    /// <summary><c>UseSorting</c>: applied to the resolver's query first.</summary>
    Sorting,

    /// <summary><c>UseFiltering</c>.</summary>
    Filtering,

    /// <summary><c>UseProjection</c>.</summary>
    Projection,

    /// <summary><c>UsePaging</c>: reads the page, so it comes last.</summary>
    Paging,
}
