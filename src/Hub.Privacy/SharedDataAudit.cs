using Hub.Data.Keys;
using Hub.Data.Model;

namespace Hub.Privacy;

/// <summary>
/// Records reads of shared data in the audit trail: who (client and agency), what (field, arguments, number of rows and
/// which rows, by their delivering agency and record id), when, and for reveals the reason and the fields shown in full
/// (those selected, not all the scope could reveal). One record per field resolution or per DataLoader batch, never per
/// row, added to the request's reads (<see cref="IRequestReads"/>), which the host writes together. The trail is read by
/// auditors who see no payloads (DOMAIN.md §6.2-1), so it names rows by provenance and never holds an identity number
/// in clear: an argument that is one (typed by the caller or passed by the hub to a linked batch) is kept masked, and
/// the person is named in <c>persons</c> by the keyed hash that <c>hub audit --person</c> matches.
/// </summary>
public sealed class SharedDataAudit(IDataReadLog log)
{
    /// <summary>
    /// Adds to <paramref name="reads"/> one record of a read of <paramref name="coordinate"/> (e.g. <c>Query.person</c>)
    /// that returned <paramref name="rows"/> with the <paramref name="selected"/> fields (as <c>Type.field</c>): it is a
    /// reveal, naming the fields, when a selected field is shown in full.
    /// </summary>
    public void Record(
        IRequestReads reads,
        Caller caller,
        string coordinate,
        IReadOnlyDictionary<string, object?> arguments,
        IReadOnlyCollection<object> rows,
        Disclosure disclosure,
        IReadOnlySet<string> selected)
    {
        var revealed = disclosure.RevealedAmong(selected);
        var persons = new SortedSet<string>(StringComparer.Ordinal);
        var detail = new
        {
            agency = caller.Agency,
            field = coordinate,
            arguments = arguments.ToDictionary(argument => argument.Key, argument => Audited(argument.Value, persons)),
            persons,
            rows = rows.Count,
            records = rows.OfType<SharedRecord>().Select(r => $"{r.SourceAgency}/{r.SourceRecordId}").ToList(),
            reason = disclosure.Reason,
            revealed,
        };
        reads.Add(revealed.Count > 0, caller.Actor, coordinate, detail);
    }

    private object? Audited(object? value, ISet<string> persons) => value switch
    {
        string text when CitizenIdNumber.Check(text) is { Quality: KeyQuality.Valid or KeyQuality.Repaired, Value: { } idNumber } =>
            Masked(idNumber, persons),
        IEnumerable<string> texts => texts.Select(text => Audited(text, persons)).ToList(),
        _ => value,
    };

    private string Masked(string idNumber, ISet<string> persons)
    {
        persons.Add(log.PersonKey(idNumber));
        return PersonalDataMasking.IdNumber(idNumber);
    }
}
