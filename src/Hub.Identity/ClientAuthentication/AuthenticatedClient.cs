using Hub.Identity.Storage;

namespace Hub.Identity.ClientAuthentication;

/// <summary>A client whose credentials were checked, with its agency loaded.</summary>
public sealed record AuthenticatedClient(Client Client, ClientAuthenticationMethod Method)
{
    public string ClientId => Client.ClientId;

    public Agency Agency => Client.Agency;

    public bool HasPermission(string permission) => Client.Permissions.Contains(permission, StringComparer.Ordinal);
}
