namespace Hub.Data.Model.Judicial;

/// <summary>A community-correction subject (社区矫正对象) and the term of correction.</summary>
[DataSet("cc_subject", Schemas.Judicial, SensitivityLevel.L4)]
[Index(nameof(PersonIdNumber))]
[Index(nameof(CcId))]
public sealed class CommunityCorrection : SharedRecord
{
    [MaxLength(64)]
    public string CcId { get; set; } = "";

    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string PersonIdNumber { get; set; } = "";

    public KeyQuality PersonIdNumberQuality { get; set; }

    /// <summary>管制, 缓刑, 假释 or 暂予监外执行.</summary>
    [CodedColumn(nameof(CodeLists.CorrectionCategory))]
    [MaxLength(16)]
    public string Category { get; set; } = "";

    /// <summary>Charge names separated by '|'.</summary>
    [MaxLength(256)]
    public string OriginalCharges { get; set; } = "";

    [MaxLength(64)]
    public string? JudgmentCaseNo { get; set; }

    public DateOnly CorrectionStart { get; set; }

    public DateOnly CorrectionEnd { get; set; }

    [CodedColumn(nameof(CodeLists.CorrectionStatus))]
    [MaxLength(16)]
    public string Status { get; set; } = "";

    [MaxLength(64)]
    public string? ExecutionUnit { get; set; }
}
