using System.Text;
using System.Text.RegularExpressions;

namespace Hub.Privacy;

/// <summary>
/// The form a reveal reason must have (DOMAIN.md §6.2-5, "every reveal … with typed reason"): it names the case or clue
/// the reveal is for — a procuratorate case number such as <c>醴检刑不诉〔2023〕12号</c> or a clue id (its UUID) — and says
/// why in free text, so that an auditor can follow a reveal back to the work that needed it.
/// </summary>
public static partial class RevealReasonForm
{
    /// <summary>A reason of the expected form, shown in the error that refuses another.</summary>
    public const string Example = "醴检刑不诉〔2023〕12号 核实当事人身份";

    /// <summary>The fewest letters the free text beside the case or clue must have.</summary>
    public const int MinPurposeLetters = 2;

    /// <summary>What the expected form is, in words, for error messages.</summary>
    public const string Description =
        "a procuratorate case number (e.g. 醴检刑不诉〔2023〕12号) or a clue id (a UUID such as " +
        "0f8fad5b-d9cb-469f-a165-70867728950e), followed by why, e.g. \"" + Example + "\"";

    /// <summary>
    /// Why <paramref name="reason"/> is not of the expected form, or null when it is. Full-width digits and brackets
    /// count as their ASCII forms, since input methods produce either.
    /// </summary>
    public static string? Problem(string reason)
    {
        var normalised = reason.Normalize(NormalizationForm.FormKC);
        var reference = CaseNumber().Match(normalised) is { Success: true } caseNumber ? caseNumber : ClueId().Match(normalised);
        if (!reference.Success)
        {
            return "names no case or clue";
        }

        var purpose = normalised.Remove(reference.Index, reference.Length);
        return purpose.EnumerateRunes().Count(Rune.IsLetter) < MinPurposeLetters
            ? $"names {reference.Value} but not why it is revealed"
            : null;
    }

    // Unit abbreviation ending in 检, case-type characters, the year in brackets (〔〕 as printed, [] or () as typed), serial, 号.
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{0,10}检\p{IsCJKUnifiedIdeographs}{0,8}[〔\[(]\d{4}[〕\])]\d{1,6}号")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])")]
    private static partial Regex ClueId();
}
