using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity.Users;

/// <summary>
/// What a user's token may carry: at most the scopes the user's agency holds, that is those granted to any of the
/// agency's clients; nothing for a disabled user or a suspended agency.
/// </summary>
public sealed class UserScopes(IDbContextFactory<IdentityDbContext> contextFactory)
{
    private static readonly UpperInvariantLookupNormalizer s_normalizer = new();

    /// <summary>
    /// The scopes of <paramref name="requested"/> that the user may have, in the order asked; all the agency's scopes
    /// (ordered) when nothing is requested. An unknown user gets none.
    /// </summary>
    public async Task<IReadOnlyList<string>> EffectiveAsync(string userName, IReadOnlyCollection<string>? requested, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var normalized = s_normalizer.NormalizeName(userName);
        var user = await db.Users.AsNoTracking().Include(u => u.Agency)
            .FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        return user is null ? [] : Limit(requested, await HeldAsync(db, user, cancellationToken));
    }

    /// <summary>
    /// The scopes <paramref name="user"/>'s agency holds: those of its confidential clients (a public client it may own,
    /// such as the hub operator's clue board, serves people of every agency and adds none). Nothing for a disabled user
    /// or a suspended agency.
    /// </summary>
    public static async Task<IReadOnlySet<string>> HeldAsync(IdentityDbContext db, HubUser user, CancellationToken cancellationToken)
    {
        if (user.Disabled || user.Agency.Suspended)
        {
            return new HashSet<string>();
        }

        var permissions = await db.Clients.AsNoTracking().Where(c => c.AgencyId == user.AgencyId && c.ClientType != ClientTypes.Public)
            .Select(c => c.Permissions).ToListAsync(cancellationToken);
        return permissions.SelectMany(ClientPermissions.Scopes).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The requested scopes the agency holds (each once, in the order asked), or all it holds when none are requested.</summary>
    public static IReadOnlyList<string> Limit(IReadOnlyCollection<string>? requested, IReadOnlySet<string> held) =>
        requested is null || requested.Count == 0
            ? [.. held.Order(StringComparer.Ordinal)]
            : [.. requested.Where(held.Contains).Distinct(StringComparer.Ordinal)];
}
