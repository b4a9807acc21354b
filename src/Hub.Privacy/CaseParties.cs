using System.Globalization;
using Hub.Data;
using Hub.Data.Model.Judicial;
using Microsoft.EntityFrameworkCore;

namespace Hub.Privacy;

/// <summary>
/// The names of the people a procuratorate case knows (<c>case_party</c>: suspects, victims and victims' relatives),
/// which free text about the case writes out (<c>赵大勇殴打被害人刘晓红…</c>) though the row itself names only one of them.
/// Free text masks them as a name field would (a minor's completely), so they reach only a caller who may reveal it.
/// </summary>
public static class CaseParties
{
    /// <summary>
    /// The names of the parties of each case among <paramref name="caseIds"/>, with their masked forms. Sealed and other
    /// regions' parties count too: a name found here is only ever masked, never shown.
    /// </summary>
    public static async Task<ILookup<string, (string Value, string Masked)>> NamesAsync(
        HubDataContext db, IReadOnlyCollection<string> caseIds, CancellationToken cancellationToken)
    {
        var parties = await db.Set<CaseParty>().AsNoTracking()
            .Where(p => caseIds.Contains(p.SppCaseId) && p.Name != null)
            .Select(p => new { p.SppCaseId, p.Name, p.IdNumber })
            .ToListAsync(cancellationToken);
        var today = AgeBands.Today();
        return parties
            // A one-character name would mask that character wherever the text uses it.
            .Where(p => new StringInfo(p.Name!.Trim()).LengthInTextElements > 1)
            .ToLookup(p => p.SppCaseId, p => Known(p.Name!, p.IdNumber, today), StringComparer.Ordinal);
    }

    /// <summary>A party's name and how free text shows it masked: completely when the holder of <paramref name="idNumber"/> is a minor.</summary>
    public static (string Value, string Masked) Known(string name, string? idNumber, DateOnly today) =>
        (name.Trim(), PersonalDataMasking.IsMinor(idNumber, today) ? PersonalDataMasking.MinorName(name) : PersonalDataMasking.Name(name));
}
