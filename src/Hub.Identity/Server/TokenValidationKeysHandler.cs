using System.Security.Claims;
using Hub.Identity.Keys;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// Gives OpenIddict the keys that verify a token: for the hub's access and ID tokens, the published key named by the token's
/// <c>kid</c>, read from the rotating key store (no trying of other keys). A client assertion is verified here, with the
/// signing keys of the client's registered JWKS (the degraded mode has no application manager to ask): OpenIddict 7
/// refuses an assertion without <c>typ</c> or with <c>JWT</c>, which RFC 7523 allows and client libraries
/// (openid-client among them) send; any <c>typ</c> but an access token's is accepted. OpenIddict then checks the
/// assertion's issuer, subject and audience (the issuer, with or without its trailing slash, or the token endpoint).
/// Asymmetric algorithms only.
/// </summary>
public sealed class TokenValidationKeysHandler(
    IDbContextFactory<IdentityDbContext> contextFactory,
    SigningKeyRing keyRing,
    IOptions<HubIdentityOptions> options) : IOpenIddictServerHandler<ValidateTokenContext>
{
    /// <summary>Asymmetric algorithms only: no <c>none</c>, no HMAC (a public key must never act as a shared secret).</summary>
    public static readonly IReadOnlyList<string> AssertionAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256];

    private static readonly JsonWebTokenHandler s_reader = new() { MapInboundClaims = false };

    /// <summary>Runs right after OpenIddict chose the validation parameters.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseScopedHandler<TokenValidationKeysHandler>()
            .SetOrder(OpenIddictServerHandlers.Protection.ResolveTokenValidationParameters.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        // A person's code or refresh token is OpenIddict's own encrypted JWT, under the keys SignInRegistration derives.
        if (context.ValidTokenTypes.Count > 0 && context.ValidTokenTypes.All(t =>
                t is TokenTypeIdentifiers.Private.AuthorizationCode or TokenTypeIdentifiers.RefreshToken))
        {
            return;
        }

        var parameters = context.TokenValidationParameters;
        var unverified = UnverifiedJsonWebToken.TryRead(s_reader, context.Token);
        parameters.TryAllIssuerSigningKeys = false;
        if (context.ValidTokenTypes.Count == 1 && context.ValidTokenTypes.Contains(TokenTypeIdentifiers.Private.ClientAssertion))
        {
            parameters.ValidAlgorithms = AssertionAlgorithms;
            parameters.IssuerSigningKeys = await ClientKeysAsync(unverified?.Issuer, context.CancellationToken);
            parameters.ValidTypes = null;
            parameters.TypeValidator = RefuseAccessTokenType;
            var issuer = options.Value.Issuer.TrimEnd('/');
            context.ValidAudiences.UnionWith([issuer, issuer + "/", issuer + IdentityEndpointPaths.Token]);
            await VerifyAssertionAsync(context);
            return;
        }

        parameters.ValidAlgorithms = AccessTokenValidator.Algorithms;
        var key = unverified?.Kid is { Length: > 0 } kid ? await keyRing.FindAsync(kid, context.CancellationToken) : null;
        parameters.IssuerSigningKeys = key is null ? [] : [key.ValidationKey];
    }

    private static async Task VerifyAssertionAsync(ValidateTokenContext context)
    {
        var result = await s_reader.ValidateTokenAsync(context.Token, context.TokenValidationParameters);
        if (!result.IsValid)
        {
            var reason = result.Exception?.GetType().Name.Replace("SecurityToken", string.Empty, StringComparison.Ordinal) ?? "rejected";
            context.Reject(Errors.InvalidClient, $"The client assertion is invalid: {reason}.");
            return;
        }

        context.Principal = new ClaimsPrincipal(result.ClaimsIdentity).SetTokenType(TokenTypeIdentifiers.Private.ClientAssertion);
    }

    private static string RefuseAccessTokenType(string type, SecurityToken token, TokenValidationParameters parameters) =>
        type is AccessTokenClaims.TokenType or AccessTokenClaims.TokenMediaType
            ? throw new SecurityTokenInvalidTypeException("An access token cannot serve as a client assertion.") { InvalidType = type }
            : type;

    private async Task<IList<SecurityKey>> ClientKeysAsync(string? clientId, CancellationToken cancellationToken)
    {
        if (clientId is not { Length: > 0 and <= Client.MaxClientIdLength })
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var jwks = await db.Clients.AsNoTracking().Where(c => c.ClientId == clientId).Select(c => c.JsonWebKeySet)
            .FirstOrDefaultAsync(cancellationToken);
        return jwks is null ? [] : new JsonWebKeySet(jwks).GetSigningKeys();
    }
}
