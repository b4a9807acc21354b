using System.Text.RegularExpressions;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Masks the personal data inside free text. Agencies write the subject's name and numbers into the facts of a
/// decision (<c>张三明于2024年1月1日…</c>), so masking the name field alone would leave the same name readable one field
/// further on. The row's own personal values are replaced by their masked forms wherever they occur, and anything
/// shaped like a citizen identity number or a mobile number is masked even when the row does not hold it. Names of
/// other people the text mentions cannot be recognised this way; the field is personal as a whole so that a reveal
/// scope, not a read scope, decides whether it is shown unredacted.
/// </summary>
public static partial class FreeTextRedaction
{
    /// <summary>
    /// <paramref name="text"/> with every occurrence of a <paramref name="known"/> value replaced by its masked form
    /// (longest first, so a full name is masked before a shorter value inside it), then identity and mobile numbers masked.
    /// </summary>
    public static string Redact(string text, IReadOnlyList<(string Value, string Masked)> known)
    {
        foreach (var (value, masked) in known.Where(k => k.Value.Length > 0).OrderByDescending(k => k.Value.Length))
        {
            text = text.Replace(value, masked, StringComparison.Ordinal);
        }

        text = IdNumbers().Replace(text, match => PersonalDataMasking.IdNumber(match.Value));
        return MobileNumbers().Replace(text, match => PersonalDataMasking.Phone(match.Value));
    }

    /// <summary>18-character numbers (17 digits and a check character) and legacy 15-digit ones, not inside longer digit runs.</summary>
    [GeneratedRegex("(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumbers();

    /// <summary>Mainland mobile numbers (11 digits starting 13–19), not inside longer digit runs.</summary>
    [GeneratedRegex("(?<![0-9])1[3-9][0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MobileNumbers();
}
