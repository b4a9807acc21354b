using Hub.Identity.Audit;

namespace Hub.Server.Privacy;

/// <summary>Reads of shared data recorded in the identity audit trail, persons named by their keyed hash.</summary>
public sealed class AuditTrailDataReadLog(AuditTrail trail, PersonKeyHash personKeyHash) : IDataReadLog
{
    public string PersonKey(string idNumber) => personKeyHash.Hash(idNumber);

    public Task AppendAsync(bool revealed, string actor, string coordinate, object detail, CancellationToken cancellationToken) =>
        trail.RecordAsync(revealed ? AuditActions.DataRevealed : AuditActions.DataRead, actor, coordinate, detail, cancellationToken);
}
