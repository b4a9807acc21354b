namespace Hub.Identity.Storage;

/// <summary>The record of an issued access token (no payload): for introspection, revocation and the admin listing.</summary>
public sealed class IssuedToken
{
    public required string TokenId { get; set; }

    public required string ClientId { get; set; }

    public required string AgencyCode { get; set; }

    public required string Scope { get; set; }

    public required string Audience { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
