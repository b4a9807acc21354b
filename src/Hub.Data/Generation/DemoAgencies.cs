namespace Hub.Data.Generation;

/// <summary>
/// The demo data's providers as <c>policies/agencies.yaml</c> lists them: every row is delivered by an agency of
/// 醴陵市 (430281) under its directory code, so the demo directory's region-bound and ownership rules apply to it.
/// Scenarios name providers by their short names (PSB, MZ, …).
/// </summary>
internal static class DemoAgencies
{
    /// <summary>The demo data's region: 醴陵市, Hunan.</summary>
    public const string Region = "430281";

    private static readonly Dictionary<string, string> s_directoryNames = new(StringComparer.Ordinal)
    {
        ["MZ"] = "CIVIL",
        ["SFJ"] = "JUSTICE",
        ["CL"] = "DPF",
        ["CCDI"] = "DISCIPLINE",
        ["NYNC"] = "RURAL",
        ["SAMR"] = "MARKET",
        ["12345"] = "HOTLINE",
        ["XZJ"] = "LEAP",
    };

    /// <summary>The directory code of the provider a scenario calls <paramref name="provider"/>, e.g. PSB → PSB-430281.</summary>
    public static string Code(string provider) => $"{s_directoryNames.GetValueOrDefault(provider, provider)}-{Region}";
}
