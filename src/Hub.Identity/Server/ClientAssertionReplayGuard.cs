using System.Security.Claims;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Identity.Server;

/// <summary>
/// What the hub asks of a client assertion beyond OpenIddict's checks (RFC 7523 §3): a <c>jti</c>, an <c>exp</c> not
/// past (checked here too: OpenIddict's expiry check keys on a token type it does not give assertions of any typ) and no
/// more than <see cref="HubIdentityOptions.MaxAssertionLifetime"/> away, and that jti used once. The used-jti table is
/// shared by every replica, so a replay fails everywhere.
/// </summary>
public sealed class ClientAssertionReplayGuard(
    IDbContextFactory<IdentityDbContext> contextFactory,
    IOptions<HubIdentityOptions> options,
    TimeProvider time)
{
    /// <summary>Returns null when the assertion may authenticate <paramref name="clientId"/>, else the reason it may not.</summary>
    public async Task<string?> RedeemAsync(string clientId, ClaimsPrincipal assertion, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (assertion.GetClaim(Claims.JwtId) is not { Length: > 0 } jti)
        {
            return "The client assertion has no jti.";
        }

        if (!long.TryParse(assertion.GetClaim(Claims.ExpiresAt), out var exp))
        {
            return "The client assertion has no exp.";
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(exp);
        var now = time.GetUtcNow();
        if (expiresAt + settings.ClockSkew <= now)
        {
            return "The client assertion has expired.";
        }

        if (expiresAt - now > settings.MaxAssertionLifetime + settings.ClockSkew)
        {
            return $"The client assertion's exp is more than {settings.MaxAssertionLifetime.TotalMinutes} minutes away.";
        }

        return await TryRecordAsync(clientId, jti, expiresAt, cancellationToken)
            ? null
            : "The client assertion was already used (its jti is replayed).";
    }

    private async Task<bool> TryRecordAsync(string clientId, string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.UsedClientAssertions.Add(new UsedClientAssertion { ClientId = clientId, TokenId = jti, ExpiresAt = expiresAt });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The primary key (client_id, jti) already exists: another request, on any replica, redeemed it first.
            // Any other failure is not a replay and goes up as it is.
            if (await IsRecordedAsync(clientId, jti, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private async Task<bool> IsRecordedAsync(string clientId, string jti, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.UsedClientAssertions.AnyAsync(a => a.ClientId == clientId && a.TokenId == jti, cancellationToken);
    }
}
