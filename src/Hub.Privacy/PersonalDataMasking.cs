using System.Globalization;
using Hub.Data.Keys;

namespace Hub.Privacy;

/// <summary>
/// The display masks of DOMAIN.md §6.2-2. Pure functions: a value that is too short to keep any part of is masked
/// completely rather than shown.
/// </summary>
public static class PersonalDataMasking
{
    /// <summary>Address units at community level (kept) and, when none is present, at township level.</summary>
    private static readonly string[] CommunityUnits = ["社区", "居委会", "村委会", "村"];
    private static readonly string[] TownshipUnits = ["街道", "镇", "乡"];

    /// <summary>Masks <paramref name="value"/> as personal data of <paramref name="kind"/>.</summary>
    public static string Mask(PersonalDataKind kind, string value) => kind switch
    {
        PersonalDataKind.IdNumber => IdNumber(value),
        PersonalDataKind.Name => Name(value),
        PersonalDataKind.Phone => Phone(value),
        PersonalDataKind.Address => Address(value),
        PersonalDataKind.FreeText => FreeTextRedaction.Redact(value, []),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of personal data."),
    };

    /// <summary><c>430281198801011234</c> → <c>430281********1234</c>; numbers under 12 characters are masked whole.</summary>
    public static string IdNumber(string value) => KeepEnds(value, 6, 4, minimumLength: 12);

    /// <summary><c>13812345678</c> → <c>138****5678</c>; numbers under 8 characters are masked whole.</summary>
    public static string Phone(string value) => KeepEnds(value, 3, 4, minimumLength: 8);

    /// <summary>A minor's name (DOMAIN.md §6.2-2: "minor victims/offenders: name fully masked"): every character masked.</summary>
    public static string MinorName(string value) => new('*', TextElements(value.Trim()).Count);

    /// <summary>Whether the holder of a valid citizen identity number is under 18 on <paramref name="today"/> (see <see cref="AgeBands.Of"/>).</summary>
    public static bool IsMinor(string? idNumber, DateOnly today) =>
        CitizenIdNumber.IsValid(idNumber) && AgeBands.Of(CitizenIdNumber.BirthDate(idNumber!), today) != AgeBand.Adult;

    /// <summary><c>张三</c> → <c>张*</c>, <c>张三明</c> → <c>张*明</c>, <c>欧阳娜娜</c> → <c>欧**娜</c>, a single character → <c>*</c>.</summary>
    public static string Name(string value)
    {
        var characters = TextElements(value.Trim());
        return characters.Count switch
        {
            0 => "",
            1 => "*",
            2 => characters[0] + "*",
            _ => characters[0] + new string('*', characters.Count - 2) + characters[^1],
        };
    }

    /// <summary>
    /// Keeps an address down to its community or village (<c>…白兔潭社区建设路12号</c> → <c>…白兔潭社区***</c>), else down
    /// to its township or street office; an address with neither is masked whole, one that stops there is kept.
    /// </summary>
    public static string Address(string value)
    {
        var end = UnitEnd(value, CommunityUnits) ?? UnitEnd(value, TownshipUnits);
        return end switch
        {
            null => "***",
            { } keep when keep == value.Length => value,
            { } keep => value[..keep] + "***",
        };
    }

    private static int? UnitEnd(string address, string[] units)
    {
        var best = -1;
        foreach (var unit in units)
        {
            var at = address.LastIndexOf(unit, StringComparison.Ordinal);
            if (at >= 0)
            {
                best = Math.Max(best, at + unit.Length);
            }
        }

        return best > 0 ? best : null;
    }

    private static string KeepEnds(string value, int head, int tail, int minimumLength)
    {
        var text = value.Trim();
        return text.Length < minimumLength
            ? new string('*', text.Length)
            : string.Concat(text.AsSpan(0, head), new string('*', text.Length - head - tail), text.AsSpan(text.Length - tail));
    }

    private static List<string> TextElements(string value)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(value);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
