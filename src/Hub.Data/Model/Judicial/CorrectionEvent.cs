namespace Hub.Data.Model.Judicial;

/// <summary>An event during community correction (训诫, 警告, 脱管, 电子定位告警 …).</summary>
[DataSet("cc_event", Schemas.Judicial, SensitivityLevel.L4)]
[Index(nameof(CcId), nameof(EventDate))]
public sealed class CorrectionEvent : SharedRecord
{
    [MaxLength(64)]
    public string CcId { get; set; } = "";

    [MaxLength(32)]
    [CodedColumn(nameof(CodeLists.CorrectionEventType))]
    public string EventType { get; set; } = "";

    public DateOnly EventDate { get; set; }

    public string? Text { get; set; }
}
