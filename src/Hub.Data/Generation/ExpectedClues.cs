namespace Hub.Data.Generation;

/// <summary>What one model must return: subject keys (citizen id or credit code) and the source records behind them.</summary>
public sealed class ExpectedClues
{
    /// <summary>Subject keys, one per clue.</summary>
    public List<string> Subjects { get; init; } = [];

    /// <summary>Evidence records as <c>data_set/source_agency/source_record_id</c>.</summary>
    public List<string> Records { get; init; } = [];
}
