namespace Hub.Identity;

/// <summary>The paths of the authorization server's endpoints, relative to the issuer.</summary>
public static class IdentityEndpointPaths
{
    public const string Token = "/connect/token";
    public const string Introspection = "/connect/introspect";
    public const string Revocation = "/connect/revoke";

    /// <summary>The authorization endpoint with the sign-in page (authorization code + PKCE).</summary>
    public const string Authorization = "/connect/authorize";

    /// <summary>The end-session endpoint (sign-out).</summary>
    public const string EndSession = "/connect/endsession";
    public const string Jwks = "/.well-known/jwks.json";
    public const string OAuthMetadata = "/.well-known/oauth-authorization-server";
    public const string OpenIdConfiguration = "/.well-known/openid-configuration";
}
