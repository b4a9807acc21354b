namespace Hub.Data.Model.Enforcement;

/// <summary>A criminal coercive measure (拘传, 取保候审, 监视居住, 刑事拘留, 逮捕) and its outcome.</summary>
[DataSet("coercive_measure", Schemas.Enforcement, SensitivityLevel.L4)]
[Index(nameof(PersonIdNumber), nameof(StartDate))]
[Index(nameof(MeasureType), nameof(StartDate))]
public sealed class CoerciveMeasure : SharedRecord
{
    [MaxLength(64)]
    public string MeasureId { get; set; } = "";

    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string PersonIdNumber { get; set; } = "";

    public KeyQuality PersonIdNumberQuality { get; set; }

    [CodedColumn(nameof(CodeLists.CoerciveMeasureType))]
    [MaxLength(16)]
    public string MeasureType { get; set; } = "";

    public DateOnly StartDate { get; set; }

    /// <summary>Roving, repeated or gang suspect: the 30-day extension applies.</summary>
    public bool ExtensionFlag { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>提请批捕, 直接移送起诉, 取保候审, 监视居住, 释放, 撤案, 转行政处罚.</summary>
    [MaxLength(32)]
    [CodedColumn(nameof(CodeLists.CoerciveMeasureOutcome))]
    public string? Outcome { get; set; }

    [MaxLength(64)]
    public string? PsbCaseNo { get; set; }
}
