namespace Hub.GraphQL.Data.Filtering;

/// <summary>
/// How large a filter may be, so that it cannot be made to scan without bound: how deeply its objects may nest and how
/// many <c>or</c> branches it may have in all. Set for a whole schema on <see cref="FilteringConvention.Limits"/>.
/// </summary>
public sealed record FilterLimits
{
    /// <summary>At most 8 levels and 16 <c>or</c> branches.</summary>
    public static FilterLimits Default { get; } = new();

    /// <summary>The deepest nesting of filter objects; <c>where: { name: { eq: "a" } }</c> is 2 deep, each <c>and</c>/<c>or</c> adds one.</summary>
    public int MaxDepth { get; init; } = 8;

    /// <summary>The most <c>or</c> branches (list items, counted over the whole filter).</summary>
    public int MaxOrBranches { get; init; } = 16;
}
