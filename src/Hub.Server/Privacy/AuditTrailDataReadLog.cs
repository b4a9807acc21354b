using Hub.Identity.Audit;

namespace Hub.Server.Privacy;

/// <summary>Persons named in the audit of shared-data reads by the identity audit trail's keyed hash.</summary>
public sealed class AuditTrailDataReadLog(PersonKeyHash personKeyHash) : IDataReadLog
{
    public string PersonKey(string idNumber) => personKeyHash.Hash(idNumber);
}
