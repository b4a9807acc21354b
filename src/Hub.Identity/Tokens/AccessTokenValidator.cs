using Hub.Identity.Keys;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Identity.Tokens;

/// <summary>
/// Validates the hub's access tokens: <c>typ</c> at+jwt, a fixed algorithm list, the issuer, the audience, the lifetime
/// with at most 30 s of skew, and a signature by a published key named by <c>kid</c> (no trying of other keys).
/// </summary>
public sealed class AccessTokenValidator(SigningKeyRing keyRing, IOptions<HubIdentityOptions> options)
{
    /// <summary>The algorithms access tokens may be signed with; everything else (none, HS*) is rejected.</summary>
    public static readonly IReadOnlyList<string> Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256];

    private static readonly TimeSpan s_maxClockSkew = TimeSpan.FromSeconds(30);
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>The clock skew tolerated on lifetimes: the configured one, at most 30 seconds.</summary>
    public TimeSpan ClockSkew => options.Value.ClockSkew < s_maxClockSkew ? options.Value.ClockSkew : s_maxClockSkew;

    /// <summary>Validates a token presented to a resource: every check, for one of <paramref name="audiences"/>.</summary>
    public async Task<TokenValidationResult> ValidateAsync(string token, IEnumerable<string> audiences, CancellationToken cancellationToken)
    {
        var keyId = UnverifiedJsonWebToken.TryRead(_handler, token)?.Kid;
        var key = string.IsNullOrEmpty(keyId) ? null : await keyRing.FindAsync(keyId, cancellationToken);
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = options.Value.Issuer,
            ValidAudiences = audiences,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            RequireAudience = true,
            ValidTypes = [AccessTokenClaims.TokenType, AccessTokenClaims.TokenMediaType],
            ValidAlgorithms = Algorithms,
            IssuerSigningKeys = key is null ? [] : [key.ValidationKey],
            TryAllIssuerSigningKeys = false,
            ClockSkew = ClockSkew,
        };

        return await _handler.ValidateTokenAsync(token, parameters);
    }
}
