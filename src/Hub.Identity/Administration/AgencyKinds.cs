namespace Hub.Identity.Administration;

/// <summary>
/// The kinds an agency may have: a closed list, so that a typo ("procurator") is an error naming the allowed kinds
/// instead of an agency that a filter by kind never finds. The providers and consumers of DOMAIN.md §2.1, the
/// 12345 hotline, grid governance, the data lake, the 两法衔接 platform and the hub's own operator.
/// </summary>
public static class AgencyKinds
{
    /// <summary>Every allowed kind, in alphabetical order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "civil-affairs", "court", "data-lake", "disabled-persons-federation", "discipline-commission", "ecology-environment",
        "education", "fire-rescue", "grid-governance", "health", "hotline", "hub-operator", "human-resources", "justice-bureau",
        "law-enforcement-link", "market-regulation", "procuratorate", "public-security", "rural-revitalisation",
        "staffing-office", "tax", "transport", "womens-federation",
    ];

    /// <summary>Why <paramref name="kind"/> is not allowed, naming the allowed kinds; null when it is.</summary>
    public static string? Problem(string kind) =>
        All.Contains(kind, StringComparer.Ordinal) ? null : $"Agency kind '{kind}' is not one of: {string.Join(", ", All)}.";
}
