namespace Hub.Identity.Storage;

/// <summary>
/// An OAuth 2.0 client (OpenIddict's "application") belonging to an agency: a confidential client of an agency's system,
/// or a public client (a browser tool such as the clue board) in which people of any agency sign in.
/// </summary>
public sealed class Client
{
    /// <summary>The longest <c>client_id</c> the store holds; a longer one presented by a caller names no client.</summary>
    public const int MaxClientIdLength = 100;

    public Guid Id { get; set; }

    /// <summary>The server-generated <c>client_id</c> (RFC 9068 §5: never chosen by a client or an admin).</summary>
    public required string ClientId { get; set; }

    public Guid AgencyId { get; set; }

    public Agency Agency { get; set; } = null!;

    public required string DisplayName { get; set; }

    /// <summary>Permissions in OpenIddict's form: <c>ept:token</c>, <c>gt:client_credentials</c>, <c>scp:&lt;name&gt;</c>.</summary>
    public List<string> Permissions { get; set; } = [];

    /// <summary>The client's public JWKS for <c>private_key_jwt</c>, or null for secret-based clients.</summary>
    public string? JsonWebKeySet { get; set; }

    /// <summary>The client's own access-token lifetime in seconds, or null for the server default.</summary>
    public int? AccessTokenLifetimeSeconds { get; set; }

    /// <summary>A disabled client cannot authenticate; disabling it revokes its live tokens.</summary>
    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary><c>confidential</c> (authenticates with a secret or a key) or <c>public</c> (no credentials, PKCE), OpenIddict's names.</summary>
    public string ClientType { get; set; } = ClientTypes.Confidential;

    /// <summary>The exact redirect URIs of the authorization code flow (RFC 6749 §3.1.2); empty for client-credentials clients.</summary>
    public List<string> RedirectUris { get; set; } = [];

    /// <summary>Where the end-session endpoint may send the browser back (OpenID Connect RP-Initiated Logout).</summary>
    public List<string> PostLogoutRedirectUris { get; set; } = [];

    public bool IsPublic => ClientType == ClientTypes.Public;

    public List<ClientSecret> Secrets { get; set; } = [];
}
