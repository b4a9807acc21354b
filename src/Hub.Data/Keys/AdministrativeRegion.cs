using System.Text.RegularExpressions;

namespace Hub.Data.Keys;

/// <summary>
/// GB/T 2260 administrative-division codes: six digits, two each for province, city and county, a level left out
/// written as 00 (430000 Hunan, 430200 Zhuzhou, 430281 Liling). A region contains every code that starts with its
/// prefix, the code without its trailing 00 levels.
/// </summary>
public static partial class AdministrativeRegion
{
    /// <summary>Whether <paramref name="code"/> is six digits.</summary>
    public static bool IsCode(string? code) => code is not null && SixDigits().IsMatch(code);

    /// <summary>The prefix every subdivision of <paramref name="code"/> shares: 43 for 430000, 4302 for 430200, 430281 for 430281.</summary>
    public static string Prefix(string code)
    {
        var prefix = code;
        while (prefix.Length >= 2 && prefix.EndsWith("00", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }

        return prefix;
    }

    /// <summary>Whether <paramref name="region"/> is <paramref name="code"/> or contains it.</summary>
    public static bool Contains(string region, string code) => code.StartsWith(Prefix(region), StringComparison.Ordinal);

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();
}
