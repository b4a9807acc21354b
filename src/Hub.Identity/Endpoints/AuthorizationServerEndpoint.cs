namespace Hub.Identity.Endpoints;

/// <summary>Endpoint metadata marking the authorization server's own endpoints (token, introspection, revocation, metadata, JWKS).</summary>
public sealed class AuthorizationServerEndpoint
{
    /// <summary>The one instance; the marker carries no data.</summary>
    public static readonly AuthorizationServerEndpoint Instance = new();

    private AuthorizationServerEndpoint()
    {
    }
}
