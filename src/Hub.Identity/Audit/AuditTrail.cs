using System.Text.Json;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity.Audit;

/// <summary>Appends audit records: inside the caller's unit of work for changes, or on their own for failures.</summary>
public sealed class AuditTrail(IDbContextFactory<IdentityDbContext> contextFactory, TimeProvider time)
{
    /// <summary>
    /// Adds a record to <paramref name="db"/>, saved with the change it describes; it occurred now unless
    /// <paramref name="occurredAt"/> says when (a tally of a past minute).
    /// </summary>
    public void Append(IdentityDbContext db, string action, string actor, string subject, object detail, DateTimeOffset? occurredAt = null) =>
        db.AuditRecords.Add(new AuditRecord
        {
            OccurredAt = occurredAt ?? time.GetUtcNow(),
            Action = action,
            Actor = actor,
            Subject = subject,
            Detail = JsonSerializer.Serialize(detail),
        });

    /// <summary>Writes a record at once (a failed authentication changes nothing else).</summary>
    public async Task RecordAsync(string action, string actor, string subject, object detail, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Append(db, action, actor, subject, detail);
        await db.SaveChangesAsync(cancellationToken);
    }
}
