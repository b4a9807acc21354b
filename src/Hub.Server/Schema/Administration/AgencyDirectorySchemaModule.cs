using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.Administration;

/// <summary>The public agency directory: every agency of the identity store by code, kind and region.</summary>
public sealed class AgencyDirectorySchemaModule : IHubSchemaModule
{
    /// <inheritdoc />
    public string SdlFile => "AgencyDirectory.graphql";

    /// <inheritdoc />
    public void BindResolvers(SchemaBuilder builder) => builder
        .BindResolver("Query", "agencies", AgenciesAsync)
        .BindResolver("Query", "agency", AgencyAsync);

    private static async ValueTask<object?> AgenciesAsync(IResolverContext context)
    {
        var kind = context.ArgumentValue<string?>("kind");
        var regionCode = context.ArgumentValue<string?>("regionCode");
        await using var db = await context.IdentityStoreAsync();
        var agencies = db.Agencies.AsNoTracking();
        if (kind is not null)
        {
            agencies = agencies.Where(a => a.Kind == kind);
        }

        if (regionCode is not null)
        {
            agencies = agencies.Where(a => a.RegionCode == regionCode);
        }

        // Ordered here, ordinally, so PostgreSQL's collation and SQLite agree (the directory is small).
        var list = await agencies.ToListAsync(context.RequestAborted);
        return list.OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
    }

    private static async ValueTask<object?> AgencyAsync(IResolverContext context) =>
        await context.FindAgencyAsync(context.ArgumentValue<string>("code"));
}
