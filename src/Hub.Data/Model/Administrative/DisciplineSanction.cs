namespace Hub.Data.Model.Administrative;

/// <summary>A party-discipline or government sanction (党纪处分/政务处分); privileged, query-only at the source.</summary>
[DataSet("discipline_sanction", Schemas.Administrative, SensitivityLevel.L5)]
[Index(nameof(IdNumber), nameof(DecisionDate))]
public sealed class DisciplineSanction : SharedRecord
{
    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string IdNumber { get; set; } = "";

    public KeyQuality IdNumberQuality { get; set; }

    /// <summary>党纪 or 政务.</summary>
    [MaxLength(8)]
    public string SanctionKind { get; set; } = "";

    [MaxLength(16)]
    public string Sanction { get; set; } = "";

    public DateOnly DecisionDate { get; set; }
}
