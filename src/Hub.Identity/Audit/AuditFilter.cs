namespace Hub.Identity.Audit;

/// <summary>
/// What to look for in the audit trail; every part given must match. <see cref="PersonIdNumber"/> is matched through
/// the keyed hash the trail names persons by (<see cref="PersonKeyHash"/>), never stored.
/// </summary>
public sealed record AuditFilter(
    DateTimeOffset? From = null,
    DateTimeOffset? Before = null,
    string? Action = null,
    string? ClientId = null,
    string? Agency = null,
    string? PersonIdNumber = null,
    int Limit = 100);
