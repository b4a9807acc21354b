using Hub.Data;
using Hub.Data.Model;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Types;

namespace Hub.Server.Schema.SharedData;

/// <summary>A data set served as a cursor-paged list on <c>Query</c>, whatever its record type.</summary>
public interface ISharedDataSet
{
    /// <summary>The list field on <c>Query</c>, e.g. <c>administrativePenalties</c>.</summary>
    string FieldName { get; }

    /// <summary>The served type of its rows.</summary>
    SharedDataType Type { get; }

    /// <summary>Whether rows name a person (the list takes <c>personIdNumber</c>; <c>Person</c> links to them).</summary>
    bool HasPerson { get; }

    /// <summary>Whether rows name an organisation (the list takes <c>uscc</c>; <c>Organization</c> links to them).</summary>
    bool HasOrganization { get; }

    /// <summary>Binds the cursor-paged list on <c>Query</c>: the filtered query, paged, then an <see cref="AuditedRead"/>.</summary>
    void BindList(SchemaBuilder builder, PagingOptions paging);

    /// <summary>Binds the links: <c>Person</c>/<c>Organization</c> to these rows, and these rows to their <c>person</c>/<c>organization</c>.</summary>
    void BindLinks(SchemaBuilder builder);

    /// <summary>The data-set name its rows carry in clue evidence and imports, e.g. <c>admin_penalty</c>.</summary>
    string DataSetName { get; }

    /// <summary>
    /// The rows visible under <paramref name="visibility"/> with these record ids (of any agency), reading only the columns
    /// the fields <paramref name="selected"/> (<c>Type.field</c>) on its type need.
    /// </summary>
    Task<IReadOnlyList<SharedRecord>> RowsByRecordIdAsync(
        HubDataContext db, RowVisibility visibility, IReadOnlyList<string> recordIds, IReadOnlySet<string> selected, CancellationToken cancellationToken);

    /// <summary>
    /// The regions of the rows with these record ids (of any agency, sealed or not), as clue evidence is filtered by the
    /// reader's jurisdiction: evidence names rows, not their region.
    /// </summary>
    Task<IReadOnlyList<EvidenceRegion>> RegionsByRecordIdAsync(HubDataContext db, IReadOnlyList<string> recordIds, CancellationToken cancellationToken);

    /// <summary>
    /// The row visible under <paramref name="visibility"/> with this surrogate id, if any (the row a global id names), read
    /// as the list reads it for the fields <paramref name="selected"/> on its type (only the columns they need; null: every column).
    /// </summary>
    Task<object?> RowByIdAsync(HubDataContext db, RowVisibility visibility, long id, IEnumerable<string>? selected, CancellationToken cancellationToken);
}
