namespace Hub.Data.Generation;

/// <summary>
/// What one model must return: subject keys (citizen id, credit code or the model's own subject such as a transfer id,
/// school id or compound), the source records behind them, and the near-miss subjects a correct model must not return.
/// </summary>
public sealed class ExpectedClues
{
    /// <summary>Subject keys, one per clue.</summary>
    public List<string> Subjects { get; init; } = [];

    /// <summary>Evidence records as <c>data_set/source_agency/source_record_id</c>.</summary>
    public List<string> Records { get; init; } = [];

    /// <summary>Subjects planted so that a sloppy rule would match them (just below a threshold, inside a deadline, sanctioned …).</summary>
    public List<string> NearMisses { get; init; } = [];
}
