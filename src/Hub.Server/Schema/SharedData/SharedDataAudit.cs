using System.Security.Claims;
using Hub.Identity.Audit;
using Hub.Identity.Tokens;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Records reads of shared data in the identity audit trail: who (client and agency), what (field, arguments, number
/// of rows), when, and for reveals the reason and the fields shown in full. One insert per field resolution or per
/// DataLoader batch, never per row.
/// </summary>
public sealed class SharedDataAudit(AuditTrail trail)
{
    /// <summary>Appends one record of a read of <paramref name="coordinate"/> (e.g. <c>Query.person</c>).</summary>
    public Task RecordAsync(
        ClaimsPrincipal caller,
        string coordinate,
        IReadOnlyDictionary<string, object?> arguments,
        int rows,
        Disclosure disclosure,
        CancellationToken cancellationToken)
    {
        var revealed = disclosure.Revealed;
        var detail = new
        {
            agency = caller.FindFirst(AccessTokenClaims.Agency)?.Value,
            field = coordinate,
            arguments,
            rows,
            reason = disclosure.Reason,
            revealed,
        };
        return trail.RecordAsync(revealed.Count > 0 ? AuditActions.DataRevealed : AuditActions.DataRead,
            caller.FindFirst(AccessTokenClaims.ClientId)?.Value ?? "(anonymous)", coordinate, detail, cancellationToken);
    }
}
