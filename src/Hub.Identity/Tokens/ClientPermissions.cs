namespace Hub.Identity.Tokens;

/// <summary>OpenIddict's permission strings: endpoints <c>ept:</c>, grant types <c>gt:</c>, scopes <c>scp:</c>.</summary>
public static class ClientPermissions
{
    public const string TokenEndpoint = "ept:token";
    public const string IntrospectionEndpoint = "ept:introspection";
    public const string RevocationEndpoint = "ept:revocation";
    public const string ClientCredentialsGrant = "gt:client_credentials";
    public const string ScopePrefix = "scp:";

    /// <summary>What every new client receives besides its scopes.</summary>
    public static readonly IReadOnlyList<string> Defaults =
        [TokenEndpoint, IntrospectionEndpoint, RevocationEndpoint, ClientCredentialsGrant];

    public static string ForScope(string scope) => ScopePrefix + scope;

    /// <summary>The scope names a permission list grants.</summary>
    public static IEnumerable<string> Scopes(IEnumerable<string> permissions) =>
        permissions.Where(p => p.StartsWith(ScopePrefix, StringComparison.Ordinal)).Select(p => p[ScopePrefix.Length..]);
}
