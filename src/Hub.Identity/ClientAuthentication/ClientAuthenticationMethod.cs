namespace Hub.Identity.ClientAuthentication;

/// <summary>How a client authenticated, named as in RFC 8414 <c>token_endpoint_auth_methods_supported</c>.</summary>
public enum ClientAuthenticationMethod
{
    ClientSecretBasic,
    ClientSecretPost,
    PrivateKeyJwt,
}
