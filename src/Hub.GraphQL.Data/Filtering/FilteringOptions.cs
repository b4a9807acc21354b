namespace Hub.GraphQL.Data.Filtering;

/// <summary>
/// Limits and checks of one filtered field, so that a filter cannot be made to scan without bound: how deeply
/// <c>and</c>/<c>or</c> may nest and how many <c>or</c> branches a filter may have in all.
/// </summary>
public sealed record FilteringOptions
{
    /// <summary>At most 8 levels and 16 <c>or</c> branches, no guard.</summary>
    public static FilteringOptions Default { get; } = new();

    /// <summary>The deepest nesting of filter objects; <c>where: { name: { eq: "a" } }</c> is 2 deep, each <c>and</c>/<c>or</c> adds one.</summary>
    public int MaxDepth { get; init; } = 8;

    /// <summary>The most <c>or</c> branches (list items, counted over the whole filter).</summary>
    public int MaxOrBranches { get; init; } = 16;

    /// <summary>Checks the fields and operations a request's filter uses before it runs; null allows all.</summary>
    public FieldUseGuard? Guard { get; init; }
}
