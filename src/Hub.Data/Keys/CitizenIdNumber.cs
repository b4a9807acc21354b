using System.Globalization;

namespace Hub.Data.Keys;

/// <summary>
/// The citizen identity number of GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence and an
/// ISO 7064 MOD 11-2 check character. Legacy 15-digit numbers are converted to 18 digits and flagged as repaired.
/// </summary>
public static class CitizenIdNumber
{
    private static readonly int[] s_weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * s_weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>True when <paramref name="value"/> is a canonical, valid 18-character number.</summary>
    public static bool IsValid(string? value) => value is not null && Check(value) is { Quality: KeyQuality.Valid };

    /// <summary>Checks and normalises a delivered number.</summary>
    public static KeyCheck Check(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return KeyCheck.Missing;
        }

        var text = KeyText.Normalize(raw, out var changed);
        if (text.Length == 15 && text.All(char.IsAsciiDigit))
        {
            var s17 = string.Concat(text.AsSpan(0, 6), "19", text.AsSpan(6));
            var converted = s17 + CheckCharacter(s17);
            var problem = DateProblem(converted);
            return problem is null
                ? new KeyCheck(converted, KeyQuality.Repaired, null)
                : new KeyCheck(raw, KeyQuality.Invalid, problem);
        }

        var structure = StructureProblem(text) ?? DateProblem(text);
        if (structure is not null)
        {
            return new KeyCheck(raw, KeyQuality.Invalid, structure);
        }

        if (text[17] != CheckCharacter(text))
        {
            return new KeyCheck(raw, KeyQuality.Invalid, $"bad checksum: expected check character '{CheckCharacter(text)}'");
        }

        return new KeyCheck(text, changed ? KeyQuality.Repaired : KeyQuality.Valid, null);
    }

    /// <summary>The birth date encoded in a valid number.</summary>
    public static DateOnly BirthDate(string valid) =>
        new(Digits(valid, 6, 4), Digits(valid, 10, 2), Digits(valid, 12, 2)); // digit arithmetic: imports call this per row

    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    /// <summary>'M' or 'F' from the parity of the sequence code.</summary>
    public static char Sex(string valid) => (valid[16] - '0') % 2 == 1 ? 'M' : 'F';

    private static string? StructureProblem(string text)
    {
        if (text.Length != 18)
        {
            return $"bad length: {text.Length} characters, expected 18 (or 15)";
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return $"bad character '{text[i]}' at position {i + 1}";
            }
        }

        return char.IsAsciiDigit(text[17]) || text[17] == 'X' ? null : $"bad check character '{text[17]}'";
    }

    private static string? DateProblem(string text) =>
        DateOnly.TryParseExact(text.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year >= 1880
            ? null
            : $"bad date part '{text.Substring(6, 8)}'";
}
