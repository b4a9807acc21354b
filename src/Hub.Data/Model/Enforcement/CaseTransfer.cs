namespace Hub.Data.Model.Enforcement;

/// <summary>A transfer of a suspected crime from an administrative agency to the police (行刑衔接平台 移送记录).</summary>
[DataSet("transfer_record", Schemas.Enforcement, SensitivityLevel.L4)]
[Index(nameof(TransferId))]
[Index(nameof(AdminDecisionNo))]
[Index(nameof(SuspectIdNumber))]
public sealed class CaseTransfer : SharedRecord
{
    [MaxLength(64)]
    public string TransferId { get; set; } = "";

    [MaxLength(32)]
    public string AdminAgency { get; set; } = "";

    [MaxLength(64)]
    public string? AdminDecisionNo { get; set; }

    [KeyColumn(KeyKind.CitizenId), MaxLength(32)]
    public string? SuspectIdNumber { get; set; }

    public KeyQuality SuspectIdNumberQuality { get; set; }

    [KeyColumn(KeyKind.CreditCode), MaxLength(32)]
    public string? EntityUscc { get; set; }

    public KeyQuality EntityUsccQuality { get; set; }

    [MaxLength(64)]
    public string SuspectedCharge { get; set; } = "";

    public DateOnly? ReportDate { get; set; }

    public DateOnly? ApprovedDate { get; set; }

    public DateOnly? SentDate { get; set; }

    public DateOnly? ReceivedByPoliceDate { get; set; }

    [MaxLength(16)]
    public string? PoliceDecision { get; set; }

    public DateOnly? PoliceDecisionDate { get; set; }
}
