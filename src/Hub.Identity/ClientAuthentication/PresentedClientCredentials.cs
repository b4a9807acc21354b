namespace Hub.Identity.ClientAuthentication;

/// <summary>The credentials a request carries, before they are checked.</summary>
public sealed record PresentedClientCredentials(
    ClientAuthenticationMethod Method,
    string? ClientId,
    string? Secret,
    string? Assertion)
{
    public bool UsedBasic => Method == ClientAuthenticationMethod.ClientSecretBasic;
}
