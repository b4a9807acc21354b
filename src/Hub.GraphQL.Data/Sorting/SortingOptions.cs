namespace Hub.GraphQL.Data.Sorting;

/// <summary>Checks of one sorted field.</summary>
public sealed record SortingOptions
{
    /// <summary>No guard.</summary>
    public static SortingOptions Default { get; } = new();

    /// <summary>Checks the fields a request's <c>order</c> uses (operation <c>ASC</c> or <c>DESC</c>) before it runs; null allows all.</summary>
    public FieldUseGuard? Guard { get; init; }
}
