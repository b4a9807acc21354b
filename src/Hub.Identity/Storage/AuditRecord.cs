namespace Hub.Identity.Storage;

/// <summary>One append-only audit entry: a token issued, a failed authentication or an admin change.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>What happened, e.g. <c>token.issued</c>, <c>client.authentication_failed</c>, <c>agency.created</c>.</summary>
    public required string Action { get; set; }

    /// <summary>Who acted: a client_id, an admin principal, or <c>cli</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>What was acted on: an agency code, a client_id, a token id.</summary>
    public required string Subject { get; set; }

    /// <summary>Details as JSON (never a secret or a token).</summary>
    public required string Detail { get; set; }
}
