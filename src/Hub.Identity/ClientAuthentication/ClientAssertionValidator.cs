using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Identity.ClientAuthentication;

/// <summary>
/// Validates <c>private_key_jwt</c> client assertions (RFC 7523 §3): signed by a key of the client's registered JWKS with
/// an asymmetric algorithm, <c>iss</c> = <c>sub</c> = client_id, <c>aud</c> = the issuer or the token endpoint, a short
/// <c>exp</c>, and a <c>jti</c> used once: the used-jti table is shared by every replica, so a replay fails everywhere.
/// </summary>
public sealed class ClientAssertionValidator(
    IDbContextFactory<IdentityDbContext> contextFactory,
    IOptions<HubIdentityOptions> options,
    TimeProvider time)
{
    /// <summary>Asymmetric algorithms only: no <c>none</c>, no HMAC (a public key must never act as a shared secret).</summary>
    public static readonly IReadOnlyList<string> Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>The unverified <c>iss</c> of an assertion, used only to find the client whose keys then verify it.</summary>
    public string? ReadIssuer(string? assertion)
    {
        return UnverifiedJsonWebToken.TryRead(_handler, assertion)?.Issuer is { Length: > 0 } issuer ? issuer : null;
    }

    /// <summary>Returns null when the assertion authenticates <paramref name="client"/>, else the reason it does not.</summary>
    public async Task<string?> ValidateAsync(Client client, string assertion, CancellationToken cancellationToken)
    {
        if (client.JsonWebKeySet is null)
        {
            return "The client has no registered JWKS for private_key_jwt.";
        }

        var settings = options.Value;
        var issuer = settings.Issuer.TrimEnd('/');
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = client.ClientId,
            ValidAudiences = [issuer, issuer + "/", issuer + IdentityEndpointPaths.Token],
            IssuerSigningKeys = new JsonWebKeySet(client.JsonWebKeySet).GetSigningKeys(),
            ValidAlgorithms = Algorithms,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = settings.ClockSkew,
        };

        var result = await _handler.ValidateTokenAsync(assertion, parameters);
        if (!result.IsValid)
        {
            return $"The client assertion is invalid: {result.Exception?.GetType().Name.Replace("SecurityToken", string.Empty, StringComparison.Ordinal) ?? "rejected"}.";
        }

        var token = (JsonWebToken)result.SecurityToken;
        if (token.Typ == "at+jwt")
        {
            return "An access token cannot serve as a client assertion.";
        }

        if (token.Subject != client.ClientId)
        {
            return "The client assertion's sub must equal its iss and the client_id.";
        }

        if (string.IsNullOrEmpty(token.Id))
        {
            return "The client assertion has no jti.";
        }

        var expiresAt = new DateTimeOffset(token.ValidTo, TimeSpan.Zero);
        if (expiresAt - time.GetUtcNow() > settings.MaxAssertionLifetime + settings.ClockSkew)
        {
            return $"The client assertion's exp is more than {settings.MaxAssertionLifetime.TotalMinutes} minutes away.";
        }

        return await RedeemAsync(client.ClientId, token.Id, expiresAt, cancellationToken)
            ? null
            : "The client assertion was already used (its jti is replayed).";
    }

    private async Task<bool> RedeemAsync(string clientId, string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken)
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
            if (await IsRedeemedAsync(clientId, jti, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private async Task<bool> IsRedeemedAsync(string clientId, string jti, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.UsedClientAssertions.AnyAsync(a => a.ClientId == clientId && a.TokenId == jti, cancellationToken);
    }
}
