namespace Hub.Privacy;

/// <summary>
/// What one read shows in full: the personal fields (as <c>Type.field</c>) the caller's scopes grant without
/// masking, and only when the read gave a reason. Everything else personal is masked.
/// </summary>
public sealed class Disclosure
{
    private readonly HashSet<string> _revealed;

    public Disclosure(IEnumerable<string> revealed, string? reason)
    {
        _revealed = reason is null ? [] : revealed.ToHashSet(StringComparer.Ordinal);
        Reason = reason;
    }

    /// <summary>Masks every personal field.</summary>
    public static Disclosure MaskAll { get; } = new([], null);

    /// <summary>The reason the caller gave for revealing (logged with the read), if any.</summary>
    public string? Reason { get; }

    /// <summary>The fields shown in full, as <c>Type.field</c>, in a stable order.</summary>
    public IReadOnlyList<string> Revealed => _revealed.Order(StringComparer.Ordinal).ToList();

    /// <summary>The fields of <paramref name="selected"/> shown in full, in a stable order (for the audit record: what the read showed).</summary>
    public IReadOnlyList<string> RevealedAmong(IReadOnlySet<string> selected) =>
        _revealed.Where(selected.Contains).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The name of the DataLoader batching what reads with this disclosure link to through <paramref name="coordinate"/>,
    /// selecting <paramref name="selected"/> on the linked rows: rows linked from a revealing read are shown in full too,
    /// and a batch is audited once with one disclosure and one list of fields shown, so reads that disclose differently
    /// (another reason, or none) or show other fields in full must not share a batch. Within a request the scopes are the
    /// same, so the reason and the fields decide.
    /// </summary>
    public string BatchName(string coordinate, IReadOnlySet<string> selected) =>
        Reason is null ? coordinate : $"{coordinate}\n{Reason}\n{string.Join(',', RevealedAmong(selected))}";

    /// <summary>Whether the field <paramref name="coordinate"/> (<c>Type.field</c>) is shown in full to this read.</summary>
    public bool Reveals(string coordinate) => _revealed.Contains(coordinate);

    /// <summary>The value as the caller may see it: in full when revealed, else through <paramref name="mask"/> (null stays null).</summary>
    public string? Show(string coordinate, string? value, Func<string, string> mask) =>
        Reveals(coordinate) || value is null ? value : mask(value);
}
