using System.Security.Claims;
using Hub.Data.Model;
using Hub.Identity.Audit;
using Hub.Identity.Tokens;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Records reads of shared data in the identity audit trail: who (client and agency), what (field, arguments, number
/// of rows and which rows, by their delivering agency and record id), when, and for reveals the reason and the fields
/// shown in full. One insert per field resolution or per DataLoader batch, never per row. The trail is read by
/// auditors who see no payloads (DOMAIN.md §6.2-1), so it names rows by provenance and holds an identity number only
/// as the caller supplied it or was shown it: masked unless the read revealed it.
/// </summary>
public sealed class SharedDataAudit(AuditTrail trail)
{
    private static readonly string PersonIdNumber = $"{SharedDataTypes.Person.Name}.idNumber";

    /// <summary>Appends one record of a read of <paramref name="coordinate"/> (e.g. <c>Query.person</c>) that returned <paramref name="rows"/>.</summary>
    public Task RecordAsync(
        ClaimsPrincipal caller,
        string coordinate,
        IReadOnlyDictionary<string, object?> arguments,
        IReadOnlyCollection<object> rows,
        Disclosure disclosure,
        CancellationToken cancellationToken)
    {
        var revealed = disclosure.Revealed;
        var detail = new
        {
            agency = caller.FindFirst(AccessTokenClaims.Agency)?.Value,
            field = coordinate,
            arguments,
            rows = rows.Count,
            records = rows.OfType<SharedRecord>().Select(r => $"{r.SourceAgency}/{r.SourceRecordId}").ToList(),
            reason = disclosure.Reason,
            revealed,
        };
        return trail.RecordAsync(revealed.Count > 0 ? AuditActions.DataRevealed : AuditActions.DataRead,
            caller.FindFirst(AccessTokenClaims.ClientId)?.Value ?? "(anonymous)", coordinate, detail, cancellationToken);
    }

    /// <summary>
    /// A person's identity number that the hub, not the caller, chose (the keys of a linked batch) as the audit may
    /// hold it: as the read showed it, masked unless <paramref name="disclosure"/> reveals <c>Person.idNumber</c>.
    /// </summary>
    public static string AuditedIdNumber(Disclosure disclosure, string idNumber) =>
        disclosure.Show(PersonIdNumber, idNumber, PersonalDataMasking.IdNumber)!;
}
