using System.Security.Claims;
using System.Text.Encodings.Web;
using Hub.Identity.Protocol;
using Hub.Identity.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hub.Identity.Validation;

/// <summary>
/// Authenticates requests that carry a hub access token (RFC 6750 §2.1, scheme name case-insensitive), and answers with
/// RFC 6750 §3 challenges: no token → 401 <c>Bearer realm="hub"</c>; a bad token → 401 <c>error="invalid_token"</c>;
/// too little scope → 403 <c>error="insufficient_scope"</c>.
/// </summary>
public sealed class HubBearerHandler(
    IOptionsMonitor<HubBearerOptions> optionsMonitor,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenValidator validator,
    RevokedTokenList revokedTokens,
    ValidatedTokenCache tokenCache,
    IOptions<HubIdentityOptions> identityOptions)
    : AuthenticationHandler<HubBearerOptions>(optionsMonitor, logger, encoder)
{
    private const string FailureItem = "hub:bearer_failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (!tokenCache.TryGet(Scheme.Name, token, out var validated))
        {
            var audiences = Options.Audiences.Count > 0 ? Options.Audiences : [identityOptions.Value.DefaultResource];
            var result = await validator.ValidateAsync(token, audiences, Context.RequestAborted);
            if (!result.IsValid)
            {
                return Fail(result.Exception?.Message ?? "The access token is invalid.", "The access token is invalid.");
            }

            validated = Claims((JsonWebToken)result.SecurityToken);
            tokenCache.Add(Scheme.Name, token, validated);
        }

        if (Options.CheckRevocation && await revokedTokens.IsRevokedAsync(validated.TokenId, Context.RequestAborted))
        {
            return Fail("The access token was revoked.", "The access token was revoked.");
        }

        var identity = new ClaimsIdentity(validated.Claims, Scheme.Name, AccessTokenClaims.ClientId, null);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    /// <summary>The principal's claims: the token's, with its space-separated <c>scope</c> split into one claim per scope.</summary>
    private ValidatedToken Claims(JsonWebToken jwt)
    {
        var claims = jwt.Claims.Where(c => c.Type != AccessTokenClaims.Scope)
            .Select(claim => new Claim(claim.Type, claim.Value, claim.ValueType, claim.Issuer))
            .ToList();
        var scope = jwt.TryGetClaim(AccessTokenClaims.Scope, out var scopeClaim) ? scopeClaim.Value : string.Empty;
        claims.AddRange(scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(granted => new Claim(AccessTokenClaims.Scope, granted)));
        return new ValidatedToken(jwt.Id, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero) + validator.ClockSkew, claims);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        var challenge = $"Bearer realm=\"{OAuthErrorCodes.Realm}\"";
        if (Context.Items.TryGetValue(FailureItem, out var description))
        {
            challenge += $", error=\"{OAuthErrorCodes.InvalidToken}\", error_description=\"{description}\"";
        }

        Response.Headers.Append("WWW-Authenticate", challenge);
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var challenge = $"Bearer realm=\"{OAuthErrorCodes.Realm}\", error=\"{OAuthErrorCodes.InsufficientScope}\"";
        if (properties.Items.TryGetValue(HubBearerDefaults.RequiredScopeProperty, out var scope) && scope is not null)
        {
            challenge += $", scope=\"{scope}\"";
        }

        Response.Headers.Append("WWW-Authenticate", challenge);
        return Task.CompletedTask;
    }

    private AuthenticateResult Fail(string logMessage, string clientDescription)
    {
        // The client sees a fixed description; the validator's detail (which may name keys) stays in the log.
        Logger.LogInformation("Bearer token rejected: {Reason}", logMessage);
        Context.Items[FailureItem] = clientDescription;
        return AuthenticateResult.Fail(logMessage);
    }
}
