namespace Hub.Identity.Tokens;

/// <summary>OpenIddict's permission strings: endpoints <c>ept:</c>, grant types <c>gt:</c>, scopes <c>scp:</c>.</summary>
public static class ClientPermissions
{
    public const string TokenEndpoint = "ept:token";
    public const string IntrospectionEndpoint = "ept:introspection";
    public const string RevocationEndpoint = "ept:revocation";
    public const string ClientCredentialsGrant = "gt:client_credentials";
    public const string AuthorizationEndpoint = "ept:authorization";
    public const string EndSessionEndpoint = "ept:end_session";
    public const string AuthorizationCodeGrant = "gt:authorization_code";
    public const string RefreshTokenGrant = "gt:refresh_token";
    public const string ScopePrefix = "scp:";

    /// <summary>What every new client receives besides its scopes.</summary>
    public static readonly IReadOnlyList<string> Defaults =
        [TokenEndpoint, IntrospectionEndpoint, RevocationEndpoint, ClientCredentialsGrant];

    /// <summary>What every public client (a browser tool people sign in to) receives besides its scopes.</summary>
    public static readonly IReadOnlyList<string> PublicDefaults =
        [AuthorizationEndpoint, TokenEndpoint, EndSessionEndpoint, AuthorizationCodeGrant, RefreshTokenGrant];

    public static string ForScope(string scope) => ScopePrefix + scope;

    /// <summary>The scope names a permission list grants.</summary>
    public static IEnumerable<string> Scopes(IEnumerable<string> permissions) =>
        permissions.Where(p => p.StartsWith(ScopePrefix, StringComparison.Ordinal)).Select(p => p[ScopePrefix.Length..]);
}
