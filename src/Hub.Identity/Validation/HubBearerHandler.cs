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
        var audiences = Options.Audiences.Count > 0 ? Options.Audiences : [identityOptions.Value.DefaultResource];
        var result = await validator.ValidateAsync(token, audiences, Context.RequestAborted);
        if (!result.IsValid)
        {
            return Fail(result.Exception?.Message ?? "The access token is invalid.", "The access token is invalid.");
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (Options.CheckRevocation && await revokedTokens.IsRevokedAsync(jwt.Id, Context.RequestAborted))
        {
            return Fail("The access token was revoked.", "The access token was revoked.");
        }

        var identity = new ClaimsIdentity(Scheme.Name, AccessTokenClaims.ClientId, null);
        foreach (var claim in jwt.Claims.Where(c => c.Type != AccessTokenClaims.Scope))
        {
            identity.AddClaim(new Claim(claim.Type, claim.Value, claim.ValueType, claim.Issuer));
        }

        var scope = jwt.TryGetClaim(AccessTokenClaims.Scope, out var scopeClaim) ? scopeClaim.Value : string.Empty;
        foreach (var granted in scope.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            identity.AddClaim(new Claim(HubBearerDefaults.ScopeClaimType, granted));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
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
