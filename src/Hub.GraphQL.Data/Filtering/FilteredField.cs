namespace Hub.GraphQL.Data.Filtering;

/// <summary>A field that takes <c>where</c>: what it may filter by, its options, and its input type and limits once the schema is built.</summary>
internal sealed class FilteredField(QueryableFields fields, FilteringOptions options)
{
    public QueryableFields Fields { get; } = fields;

    public FilteringOptions Options { get; } = options;

    /// <summary>Set by <see cref="FilteringConvention"/> when the schema is built.</summary>
    public FilterInputType? Type { get; set; }

    /// <summary>The field's own limits over the schema's; set by <see cref="FilteringConvention"/> when the schema is built.</summary>
    public FilterLimits Limits { get; set; } = FilterLimits.Default;
}
