namespace Hub.Data.Import;

/// <summary>A rejected (or flagged) record: where it is and why.</summary>
/// <param name="File">The input file.</param>
/// <param name="Line">1-based line where the record starts.</param>
/// <param name="Column">The offending column, when one is to blame.</param>
/// <param name="Reason">What is wrong, in words.</param>
/// <param name="Kept">True for a flagged row that was imported anyway (an invalid optional key).</param>
public sealed record Rejection(string File, long Line, string? Column, string Reason, bool Kept = false)
{
    /// <summary>What is wrong, in words, cut short however long the value it quotes.</summary>
    public string Reason { get; init; } = ReportedText.Shorten(Reason);
}
