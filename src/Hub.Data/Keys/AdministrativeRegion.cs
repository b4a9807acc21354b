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

    /// <summary>The codes of the shipped GB/T 2260 list (<c>Keys/gb2260.csv</c>, whose header says what it covers) with their names.</summary>
    public static IReadOnlyDictionary<string, string> Known => s_known.Value;

    /// <summary>Whether <paramref name="code"/> is a code of the shipped list.</summary>
    public static bool IsKnown(string code) => Known.ContainsKey(code);

    /// <summary>Where the shipped list lives, for errors that name an unknown code.</summary>
    public const string ListFile = "src/Hub.Data/Keys/gb2260.csv";

    /// <summary>Whether <paramref name="region"/> is <paramref name="code"/> or contains it.</summary>
    public static bool Contains(string region, string code) => code.StartsWith(Prefix(region), StringComparison.Ordinal);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_known = new(() =>
    {
        using var stream = typeof(AdministrativeRegion).Assembly.GetManifestResourceStream("Hub.Data.Keys.gb2260.csv")!;
        using var reader = new StreamReader(stream);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                var comma = line.IndexOf(',', StringComparison.Ordinal);
                codes.Add(line[..comma], line[(comma + 1)..]);
            }
        }

        return codes;
    });

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();
}
