namespace Hub.GraphQL.Data.Sorting;

/// <summary>A field that takes <c>order</c>: what it may sort by, its guard, and its input type once the schema is built.</summary>
internal sealed class SortedField(QueryableFields fields, SortingOptions options)
{
    public QueryableFields Fields { get; } = fields;

    public SortingOptions Options { get; } = options;

    /// <summary>Set by <see cref="SortingConvention"/> when the schema is built.</summary>
    public SortInputType? Type { get; set; }
}
