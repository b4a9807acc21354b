namespace Hub.Identity.Policies;

/// <summary>
/// One public client of <c>policies/public-clients.yaml</c>: a browser tool people sign in to (authorization code +
/// PKCE), owned by an agency, with its redirect URIs and the scopes it may ask for. <c>{issuer}</c> in a URI stands for
/// the hub's configured issuer.
/// </summary>
public sealed record PublicClientDefinition(
    string ClientId, string Name, string Agency, IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris,
    IReadOnlyList<string> Scopes, int Line)
{
    public const string IssuerPlaceholder = "{issuer}";
}
