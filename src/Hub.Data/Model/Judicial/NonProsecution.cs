namespace Hub.Data.Model.Judicial;

/// <summary>A non-prosecution decision (不起诉) for one person.</summary>
[DataSet("non_prosecution", Schemas.Judicial, SensitivityLevel.L4)]
[Index(nameof(PersonIdNumber), nameof(DecisionDate))]
[Index(nameof(NpType), nameof(DecisionDate))]
[Index(nameof(SppCaseId))]
public sealed class NonProsecution : SharedRecord
{
    [MaxLength(64)]
    public string SppDocNo { get; set; } = "";

    [MaxLength(64)]
    public string SppCaseId { get; set; } = "";

    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string PersonIdNumber { get; set; } = "";

    public KeyQuality PersonIdNumberQuality { get; set; }

    /// <summary>Charge names separated by '|'.</summary>
    [MaxLength(256)]
    public string Charges { get; set; } = "";

    /// <summary>STATUTORY, DISCRETIONARY, EVIDENTIARY, CONDITIONAL or SPECIAL.</summary>
    [CodedColumn(nameof(CodeLists.NonProsecutionType))]
    [MaxLength(16)]
    public string NpType { get; set; } = "";

    public DateOnly DecisionDate { get; set; }

    [MaxLength(64)]
    public string? ReferringPsbCaseNo { get; set; }

    public string? FactsText { get; set; }
}
