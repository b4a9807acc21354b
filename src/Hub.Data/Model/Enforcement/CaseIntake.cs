namespace Hub.Data.Model.Enforcement;

/// <summary>A police case intake (受案/立案) for one suspect, with its filing, non-filing or revocation decision.</summary>
[DataSet("case_intake", Schemas.Enforcement, SensitivityLevel.L4)]
[Index(nameof(SuspectIdNumber), nameof(AcceptedDate))]
[Index(nameof(TransferId))]
[Index(nameof(PsbCaseNo))]
public sealed class CaseIntake : SharedRecord
{
    [MaxLength(64)]
    public string PsbCaseNo { get; set; } = "";

    /// <summary>The transfer this intake answers, when received from an administrative agency.</summary>
    [MaxLength(64)]
    public string? TransferId { get; set; }

    /// <summary>刑事 or 行政.</summary>
    [MaxLength(8)]
    [CodedColumn(nameof(CodeLists.CaseKind))]
    public string CaseKind { get; set; } = "";

    [MaxLength(64)]
    public string? SuspectedCharge { get; set; }

    [KeyColumn(KeyKind.CitizenId), MaxLength(32)]
    public string? SuspectIdNumber { get; set; }

    public KeyQuality SuspectIdNumberQuality { get; set; }

    public DateOnly AcceptedDate { get; set; }

    public DateOnly? FiledDate { get; set; }

    public DateOnly? NotFiledDecisionDate { get; set; }

    public DateOnly? RevokedDate { get; set; }
}
