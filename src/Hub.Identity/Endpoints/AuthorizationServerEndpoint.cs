namespace Hub.Identity.Endpoints;

/// <summary>Endpoint metadata marking the authorization server's own endpoints (token, introspection, revocation, metadata, JWKS).</summary>
public sealed class AuthorizationServerEndpoint
{
    public static readonly AuthorizationServerEndpoint Instance = new();

    private AuthorizationServerEndpoint()
    {
    }
}
