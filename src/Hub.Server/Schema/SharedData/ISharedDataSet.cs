using Hub.Data;
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

    /// <summary>The rows visible under <paramref name="visibility"/> naming these persons (or organisations), in list order, grouped by key.</summary>
    Task<ILookup<string, object>> RowsByKeyAsync(
        HubDataContext db, RowVisibility visibility, IReadOnlyList<string> keys, bool byOrganization, CancellationToken cancellationToken);
}
