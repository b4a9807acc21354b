namespace Hub.Identity.ClientAuthentication;

/// <summary>How a client authenticated, named as in RFC 8414 <c>token_endpoint_auth_methods_supported</c>.</summary>
public enum ClientAuthenticationMethod
{
    ClientSecretBasic,
    ClientSecretPost,
    PrivateKeyJwt,

    /// <summary>A public client (RFC 6749 §2.1): no credentials; its code is bound to it by PKCE.</summary>
    None,
}
