using System.Text.Json;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity.Audit;

/// <summary>
/// Appends audit records: inside the caller's unit of work for changes, on their own for failures, or several
/// together (the reads of one request).
/// </summary>
public sealed class AuditTrail(IDbContextFactory<IdentityDbContext> contextFactory, TimeProvider time)
{
    /// <summary>
    /// A record of <paramref name="action"/> that occurred now unless <paramref name="occurredAt"/> says when (a tally
    /// of a past minute), not yet written.
    /// </summary>
    public AuditRecord Create(string action, string actor, string subject, object detail, DateTimeOffset? occurredAt = null) => new()
    {
        OccurredAt = occurredAt ?? time.GetUtcNow(),
        Action = action,
        Actor = actor,
        Subject = subject,
        Detail = JsonSerializer.Serialize(detail),
    };

    /// <summary>Adds a record to <paramref name="db"/>, saved with the change it describes.</summary>
    public void Append(IdentityDbContext db, string action, string actor, string subject, object detail, DateTimeOffset? occurredAt = null) =>
        db.AuditRecords.Add(Create(action, actor, subject, detail, occurredAt));

    /// <summary>Writes a record at once (a failed authentication changes nothing else).</summary>
    public Task RecordAsync(string action, string actor, string subject, object detail, CancellationToken cancellationToken) =>
        WriteAsync([Create(action, actor, subject, detail)], cancellationToken);

    /// <summary>
    /// Writes <paramref name="records"/> with one INSERT statement: one round trip, and all of them or none
    /// (<see cref="AuditRecordsInsert"/>).
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var insert = AuditRecordsInsert.For(db, records);
        await db.Database.ExecuteSqlRawAsync(insert.Sql, insert.Parameters, cancellationToken);
    }
}
