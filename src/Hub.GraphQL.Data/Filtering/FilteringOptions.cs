namespace Hub.GraphQL.Data.Filtering;

/// <summary>
/// The limits and checks of one filtered field. A limit left null is the schema's (<see cref="FilteringConvention.Limits"/>).
/// </summary>
public sealed record FilteringOptions
{
    /// <summary>The schema's limits, no guard.</summary>
    public static FilteringOptions Default { get; } = new();

    /// <summary>This field's <see cref="FilterLimits.MaxDepth"/>, if not the schema's.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>This field's <see cref="FilterLimits.MaxOrBranches"/>, if not the schema's.</summary>
    public int? MaxOrBranches { get; init; }

    /// <summary>Checks the fields and operations a request's filter uses before it runs; null allows all.</summary>
    public FieldUseGuard? Guard { get; init; }
}
