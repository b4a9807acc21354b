using Hub.Data.Keys;
using Hub.Data.Model;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Types;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// The shared data (DOMAIN.md §2.4) as GraphQL: <c>person</c> and <c>organization</c> lookups and one cursor-paged
/// list per data set, sealed rows excluded, personal fields masked unless revealed with a reason, every read audited.
/// Which scopes may read which fields is the scope catalogue's business (<c>policies/scopes.yaml</c>).
/// </summary>
public sealed class SharedDataSchemaModule : IHubSchemaModule
{
    private static readonly PagingOptions Paging = PagingOptions.Default with { IncludeTotalCount = true };

    /// <inheritdoc />
    public string SdlFile => "SharedData.graphql";

    /// <inheritdoc />
    public void BindResolvers(SchemaBuilder builder)
    {
        builder
            .AddCodeListEnums()
            .BindEnumType<KeyQuality>("KeyQuality")
            .BindEnumType<SensitivityLevel>("SensitivityLevel")
            .BindEnumType<AgeBand>("AgeBand");
        builder.Field("Query", "person").ResolveAsync(EntityLookups.PersonAsync).Use(AuditedRead.Entity());
        builder.Field("Query", "organization").ResolveAsync(EntityLookups.OrganizationAsync).Use(AuditedRead.Entity());
        builder.Field("Query", "hasDisciplineSanction").ResolveAsync(DisciplineSanctionMatch.ResolveAsync);

        builder.Field("Query", "node").ResolveAsync(GlobalObjects.NodeAsync);
        builder.Field("Query", "nodes").ResolveAsync(GlobalObjects.NodesAsync);
        builder.BindResolveType("Node", (value, _, _) => value is SharedRow row ? GlobalObjects.TypeOf(row.Record).Name : null);
        foreach (var type in GlobalObjects.NodeTypes)
        {
            // Declared here so that no type of the list can miss it.
            builder
                .AddSdl($"extend type {type.Name} implements Node {{ \"The object's global id (Relay).\" id: ID! }}")
                .BindResolver(type.Name, "id", parent => parent is SharedRow row ? GlobalObjects.IdOf(row.Record) : null);
        }

        foreach (var dataSet in SharedDataSets.All)
        {
            dataSet.BindList(builder, Paging);
            dataSet.BindLinks(builder);
        }

        builder.AddConvention(new RowFieldBinder());
    }
}
