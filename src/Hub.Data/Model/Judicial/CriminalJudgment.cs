namespace Hub.Data.Model.Judicial;

/// <summary>A criminal judgment for one defendant.</summary>
[DataSet("criminal_judgment", Schemas.Judicial, SensitivityLevel.L4)]
[Index(nameof(DefendantIdNumber), nameof(EffectiveDate))]
[Index(nameof(CourtCaseNo))]
public sealed class CriminalJudgment : SharedRecord
{
    [MaxLength(64)]
    public string CourtCaseNo { get; set; } = "";

    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string DefendantIdNumber { get; set; } = "";

    public KeyQuality DefendantIdNumberQuality { get; set; }

    [MaxLength(64)]
    public string? DefendantName { get; set; }

    /// <summary>Charge names separated by '|'.</summary>
    [MaxLength(256)]
    public string Charges { get; set; } = "";

    /// <summary>有罪, 免予刑事处罚 or 无罪.</summary>
    [CodedColumn(nameof(CodeLists.Verdict))]
    [MaxLength(16)]
    public string Verdict { get; set; } = "";

    [MaxLength(16)]
    public string? PrincipalPenalty { get; set; }

    public short? TermMonths { get; set; }

    public bool Suspended { get; set; }

    public short? ProbationMonths { get; set; }

    public decimal? FineAmount { get; set; }

    public DateOnly JudgmentDate { get; set; }

    public DateOnly? EffectiveDate { get; set; }
}
