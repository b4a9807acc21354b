using Hub.Identity.Storage;

namespace Hub.Server.Schema.Administration;

/// <summary>What an admin change returns: its result, or (every other field null) why it was refused.</summary>
public abstract record AdministrationPayload(IReadOnlyList<AdministrationError>? Errors);

/// <summary>The payload of the agency changes: the agency as it is now.</summary>
public sealed record AgencyPayload(Agency? Agency, IReadOnlyList<AdministrationError>? Errors = null) : AdministrationPayload(Errors);

/// <summary>The payload of the client changes: the client as it is now.</summary>
public sealed record ClientPayload(Client? Client, IReadOnlyList<AdministrationError>? Errors = null) : AdministrationPayload(Errors);

/// <summary>The payload of the changes that make a secret: shown this once.</summary>
public sealed record ClientSecretPayload(Client? Client, string? ClientSecret, IReadOnlyList<AdministrationError>? Errors = null)
    : AdministrationPayload(Errors);

/// <summary>The payload of <c>registerClient</c>: the new client's id and first secret (shown this once).</summary>
public sealed record RegisterClientPayload(Client? Client, string? ClientId, string? ClientSecret, IReadOnlyList<AdministrationError>? Errors = null)
    : AdministrationPayload(Errors);

/// <summary>The payload of <c>revokeClientTokens</c> and <c>disableClient</c>: how many live tokens were revoked.</summary>
public sealed record RevokeClientTokensPayload(Client? Client, int? RevokedTokens, IReadOnlyList<AdministrationError>? Errors = null)
    : AdministrationPayload(Errors);
