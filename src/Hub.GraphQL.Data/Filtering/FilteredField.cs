namespace Hub.GraphQL.Data.Filtering;

/// <summary>A field that takes <c>where</c>: what it may filter by, its limits, and its input type once the schema is built.</summary>
internal sealed class FilteredField(QueryableFields fields, FilteringOptions options)
{
    public QueryableFields Fields { get; } = fields;

    public FilteringOptions Options { get; } = options;

    /// <summary>Set by <see cref="FilteringConvention"/> when the schema is built.</summary>
    public FilterInputType? Type { get; set; }
}
