namespace Hub.Identity.Administration;

/// <summary>A newly registered client: its generated id and, for secret-based clients, the secret shown this once.</summary>
public sealed record ClientRegistration(string ClientId, string? ClientSecret);
