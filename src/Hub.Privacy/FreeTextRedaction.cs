using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hub.Privacy;

/// <summary>
/// Masks the personal data inside free text. Agencies write the subject's name and numbers into the facts of a
/// decision (<c>张三明于2024年1月1日…</c>), so masking the name field alone would leave the same name readable one field
/// further on. The row's own personal values are replaced by their masked forms wherever they occur, and anything
/// shaped like a citizen identity number or a mobile number is masked even when the row does not hold it — however it
/// is written: full-width digits, digits grouped by spaces, hyphens or dots, a <c>+86</c> prefix. Names of other people
/// are masked when the hub knows them (the parties of the row's case, <see cref="CaseParties"/>); names it does not know
/// cannot be recognised this way, so the field is personal as a whole and a reveal scope, not a read scope, decides
/// whether it is shown unredacted.
/// </summary>
public static partial class FreeTextRedaction
{
    /// <summary>
    /// <paramref name="text"/> with every occurrence of a <paramref name="known"/> value replaced by its masked form
    /// (longest first, so a full name is masked before a shorter value inside it), also when a space or a middle dot
    /// stands between its characters (<c>刘 晓 红</c>, <c>刘·晓红</c>), then identity and mobile numbers masked.
    /// </summary>
    public static string Redact(string text, IReadOnlyList<(string Value, string Masked)> known)
    {
        foreach (var (value, masked) in known.Where(k => k.Value.Length > 0).OrderByDescending(k => k.Value.Length))
        {
            text = WrittenForms(value).Replace(text, _ => masked);
        }

        text = MaskRuns(text, IdNumbers(), (match, _) => PersonalDataMasking.IdNumber(Digits(match.Value)));
        return MaskRuns(text, MobileNumbers(), (match, written) =>
            written.Substring(match.Groups["prefix"].Index, match.Groups["prefix"].Length) + PersonalDataMasking.Phone(Digits(match.Groups["number"].Value)));
    }

    /// <summary>
    /// Replaces the runs <paramref name="pattern"/> finds in the half-width form of <paramref name="text"/>. Folding to
    /// half width maps one character to one, so a match's position is the same in the text as written (which
    /// <paramref name="mask"/> gets too); what is not masked stays as written.
    /// </summary>
    private static string MaskRuns(string text, Regex pattern, Func<Match, string, string> mask)
    {
        var halfWidth = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = HalfWidth(source[i]);
            }
        });
        var result = new StringBuilder(text.Length);
        var written = 0;
        for (var match = pattern.Match(halfWidth); match.Success; match = match.NextMatch())
        {
            result.Append(text, written, match.Index - written).Append(mask(match, text));
            written = match.Index + match.Length;
        }

        return written == 0 ? text : result.Append(text, written, text.Length - written).ToString();
    }

    // Full-width forms U+FF01–FF5E are ASCII + 0xFEE0; the ideographic space is a space.
    private static char HalfWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>A known value as it may be written: its characters, each optionally followed by one space or middle dot.</summary>
    private static Regex WrittenForms(string value)
    {
        var characters = new List<string>();
        for (var enumerator = StringInfo.GetTextElementEnumerator(value); enumerator.MoveNext();)
        {
            characters.Add(Regex.Escape(enumerator.GetTextElement()));
        }

        return new Regex(string.Join(@"[ \u00A0\u3000·・]?", characters), RegexOptions.CultureInvariant);
    }

    private static string Digits(string run) => string.Concat(run.Where(c => c is >= '0' and <= '9' or 'X' or 'x'));

    /// <summary>
    /// 18-character numbers (17 digits and a check character) and legacy 15-digit ones, single spaces, hyphens or dots
    /// allowed between the characters, not inside longer digit runs.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9])(?:[0-9](?:[ \u00A0.\-]?[0-9]){16}[ \u00A0.\-]?[0-9Xx]|[0-9](?:[ \u00A0.\-]?[0-9]){14})(?![0-9Xx])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumbers();

    /// <summary>
    /// Mainland mobile numbers (11 digits starting 13–19), optionally after <c>+86</c>/<c>0086</c>/<c>86</c>, single
    /// spaces, hyphens or dots allowed between the digits, not inside longer digit runs.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9])(?<prefix>(?:\+|00)?86[ \u00A0.\-]?)?(?<number>1[ \u00A0.\-]?[3-9](?:[ \u00A0.\-]?[0-9]){9})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MobileNumbers();
}
