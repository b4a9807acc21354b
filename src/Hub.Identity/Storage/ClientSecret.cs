namespace Hub.Identity.Storage;

/// <summary>One hashed secret of a client; a client may hold several so it can rotate without downtime.</summary>
public sealed class ClientSecret
{
    public Guid Id { get; set; }

    public Guid ClientId { get; set; }

    /// <summary>PBKDF2 hash in the ASP.NET Core Identity v3 layout (as OpenIddict stores secrets).</summary>
    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>After this instant the secret no longer authenticates; null means no expiry.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
