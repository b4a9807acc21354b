namespace Hub.Server.Schema.Administration;

/// <summary>The input of <c>createAgency</c>.</summary>
public sealed record CreateAgencyInput(string Code, string Name, string Kind, string RegionCode);

/// <summary>The input of <c>updateAgency</c>: the fields given are changed.</summary>
public sealed record UpdateAgencyInput(string Code, string? Name, string? Kind, string? RegionCode);

/// <summary>The input of <c>suspendAgency</c> and <c>reinstateAgency</c>.</summary>
public sealed record AgencyCodeInput(string Code);

/// <summary>The input of <c>registerClient</c>.</summary>
public sealed record RegisterClientInput(
    string AgencyCode, string? DisplayName, IReadOnlyList<string> Scopes, string? Jwks, int? AccessTokenLifetimeSeconds, DateTimeOffset? SecretExpiresAt);

/// <summary>The input of <c>addClientSecret</c>: a secret given by hand, or one generated when absent.</summary>
public sealed record AddClientSecretInput(string ClientId, string? Secret, DateTimeOffset? ExpiresAt);

/// <summary>The input of <c>rotateClientSecret</c>.</summary>
public sealed record RotateClientSecretInput(string ClientId, int OverlapSeconds, DateTimeOffset? ExpiresAt);

/// <summary>The input of <c>expireClientSecrets</c>: when they expire (default now).</summary>
public sealed record ExpireClientSecretsInput(string ClientId, DateTimeOffset? At);

/// <summary>The input of <c>grantScope</c> and <c>revokeScope</c>.</summary>
public sealed record ClientScopeInput(string ClientId, string Scope);

/// <summary>The input of <c>revokeClientTokens</c>, <c>disableClient</c> and <c>enableClient</c>.</summary>
public sealed record ClientIdInput(string ClientId);
