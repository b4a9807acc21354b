using Hub.Data.Keys;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity.Audit;

/// <summary>
/// Finds audit records, newest first: by time, action, the client that acted, the agency (the agency acted on, or the
/// one whose client read) and the person read about — "who looked at this person?" — by the keyed hash of their
/// identity number.
/// </summary>
public sealed class AuditSearch(IDbContextFactory<IdentityDbContext> contextFactory, PersonKeyHash personKeyHash)
{
    /// <summary>The records matching <paramref name="filter"/>; an identity number that is not one is an error naming it.</summary>
    public async Task<IReadOnlyList<AuditRecord>> FindAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var records = db.AuditRecords.AsNoTracking();
        if (filter.From is { } from)
        {
            records = records.Where(a => a.OccurredAt >= from);
        }

        if (filter.Before is { } before)
        {
            records = records.Where(a => a.OccurredAt < before);
        }

        if (filter.Action is { } action)
        {
            records = records.Where(a => a.Action == action);
        }

        if (filter.ClientId is { } clientId)
        {
            records = records.Where(a => a.Actor == clientId);
        }

        if (filter.Agency is { } agency)
        {
            // Reads name the reading client's agency in the detail (serialized without spaces); changes name it as subject.
            var named = $"\"agency\":\"{agency}\"";
            records = records.Where(a => a.Subject == agency || a.Detail.Contains(named));
        }

        if (filter.PersonIdNumber is { } raw)
        {
            var check = CitizenIdNumber.Check(raw);
            var idNumber = check is { Quality: KeyQuality.Valid or KeyQuality.Repaired, Value: { } valid }
                ? valid
                : throw new InvalidOperationException($"The person \"{raw}\" is not a valid citizen identity number (GB 11643): {check.Problem ?? "the value is empty"}.");
            var hash = personKeyHash.Hash(idNumber);
            records = records.Where(a => a.Detail.Contains(hash));
        }

        return await records.OrderByDescending(a => a.Id).Take(filter.Limit).ToListAsync(cancellationToken);
    }
}
