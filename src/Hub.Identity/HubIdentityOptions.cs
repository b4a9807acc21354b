namespace Hub.Identity;

/// <summary>
/// Settings of the authorization server, bound from the <c>Identity</c> configuration section. Its store is in the
/// hub's one database (<see cref="Hub.Data.Hosting.HubDataOptions"/>, <c>Hub:Database</c>).
/// </summary>
public sealed class HubIdentityOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Identity";

    /// <summary>The issuer identifier: an absolute URL without query or fragment, equal to the tokens' <c>iss</c>.</summary>
    public string Issuer { get; set; } = "http://localhost:5000";

    /// <summary>The default resource indicator (the tokens' <c>aud</c>) when a request names none.</summary>
    public string DefaultResource { get; set; } = "http://localhost:5000/graphql";

    /// <summary>Resources a client may ask for with the RFC 8707 <c>resource</c> parameter.</summary>
    public List<string> Resources { get; set; } = [];

    /// <summary>Base64 of the 256-bit key-encryption key that protects the private signing keys at rest.</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>Access-token lifetime for clients that do not set their own.</summary>
    public TimeSpan DefaultTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest lifetime any client may be given; retired keys stay published this long.</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Clock skew tolerated when validating access tokens and client assertions (at most 30 s).</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a new signing key is published before it signs (covers JWKS caches of resource servers).</summary>
    public TimeSpan KeyPublicationLead { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a signing key signs before its successor takes over.</summary>
    public TimeSpan KeySigningPeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often a replica re-reads the key set from the database.</summary>
    public TimeSpan StoreRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often a replica re-reads the revocation list, so that a suspension or revocation made elsewhere (another
    /// replica, the CLI) stops a token within a second.
    /// </summary>
    public TimeSpan RevocationRefreshInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the key rotation runs and spent client-assertion jtis are pruned.</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest <c>exp</c> − now accepted in a client assertion (RFC 7523 §3 "unreasonably far").</summary>
    public TimeSpan MaxAssertionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The folder holding scopes.yaml and agencies.yaml; empty means the first <c>policies/</c> at or above the content root.</summary>
    public string? PoliciesFolder { get; set; }
}
