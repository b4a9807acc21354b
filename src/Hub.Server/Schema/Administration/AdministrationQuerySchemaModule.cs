using Hub.GraphQL.Data.Filtering;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Data.Sorting;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Hub.Server.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.Administration;

/// <summary>
/// The admin listings (granted by <c>hub:admin</c> in policies/scopes.yaml): clients with their secret metadata, the
/// scope catalogue, the issued tokens and the identity audit trail, read from the identity store.
/// </summary>
public sealed class AdministrationQuerySchemaModule : IHubSchemaModule
{
    /// <inheritdoc />
    public string SdlFile => "AdministrationQueries.graphql";

    /// <summary>The admin listings' paging: arguments before the filters, items counted.</summary>
    internal static readonly PagingOptions Paging = PagingOptions.Default with
    {
        IncludeTotalCount = true,
        ArgumentPosition = PagingArgumentPosition.BeforeFieldArguments,
    };

    /// <inheritdoc />
    public void BindResolvers(SchemaBuilder builder)
    {
        builder.Field("Query", "clients").ResolveAsync(ClientsAsync).UseSorting().UseFiltering().UsePaging(Paging);
        builder.Field("Query", "issuedTokens").ResolveAsync(IssuedTokensAsync).UseSorting().UseFiltering().UsePaging(Paging);
        builder.Field("Query", "auditTrail").ResolveAsync(AuditTrailAsync).UseSorting().UseFiltering().UsePaging(Paging);
        builder
            .BindResolver("Query", "scopes", ScopesAsync)
            .BindResolver("Client", "scopes", parent => ClientPermissions.Scopes(((Client)parent!).Permissions).ToList())
            .BindResolver("Client", "authentication", parent => ((Client)parent!).JsonWebKeySet is null ? "CLIENT_SECRET" : "PRIVATE_KEY_JWT")
            .BindResolver("Client", "secrets", parent => ((Client)parent!).Secrets.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToList())
            .BindResolver("ClientSecret", "expired", (IResolverContext context) =>
                ValueTask.FromResult<object?>(((ClientSecret)context.Parent!).ExpiresAt <= context.Services.GetRequiredService<TimeProvider>().GetUtcNow()))
            .BindResolver("Scope", "fields", (IResolverContext context) => ValueTask.FromResult<object?>(OpenedFields(context)))
            .BindResolver("AuditEntry", "detail", parent => JsonValues.Parse(((AuditRecord)parent!).Detail));
    }

    private static ValueTask<IQueryable<Client>> ClientsAsync(IResolverContext context)
    {
        var agencyCode = context.ArgumentValue<string?>("agencyCode");
        return context.QueryIdentityStoreAsync(db => db.ClientsWithDetails()
            .Where(c => agencyCode == null || c.Agency.Code == agencyCode)
            .OrderBy(c => c.ClientId));
    }

    private static async ValueTask<object?> ScopesAsync(IResolverContext context)
    {
        await using var db = await context.IdentityStoreAsync();
        var scopes = await db.Scopes.AsNoTracking().ToListAsync(context.RequestAborted);
        return scopes.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The coordinates the served scope catalogue (policies/scopes.yaml applied to the schema) opens to the scope.</summary>
    private static List<string> OpenedFields(IResolverContext context)
    {
        var scope = ((Scope)context.Parent!).Name;
        return context.Services.GetRequiredService<ServedSchema>().Catalogue.GuardedFields
            .Where(field => field.Scopes.Contains(scope))
            .Select(field => $"{field.Type}.{field.Field}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static ValueTask<IQueryable<IssuedToken>> IssuedTokensAsync(IResolverContext context)
    {
        var clientId = context.ArgumentValue<string?>("clientId");
        return context.QueryIdentityStoreAsync(db => db.IssuedTokens.AsNoTracking()
            .Where(t => clientId == null || t.ClientId == clientId)
            .OrderByDescending(t => t.IssuedAt).ThenBy(t => t.TokenId));
    }

    private static ValueTask<IQueryable<AuditRecord>> AuditTrailAsync(IResolverContext context)
    {
        var action = context.ArgumentValue<string?>("action");
        var actor = context.ArgumentValue<string?>("actor");
        var subject = context.ArgumentValue<string?>("subject");
        return context.QueryIdentityStoreAsync(db => db.AuditRecords.AsNoTracking()
            .Where(a => (action == null || a.Action == action) && (actor == null || a.Actor == actor) && (subject == null || a.Subject == subject))
            .OrderByDescending(a => a.Id));
    }
}
