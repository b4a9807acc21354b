namespace Hub.Data.Model.Lake;

/// <summary>A grid-governance event (网格事件, free text).</summary>
[DataSet("grid_event", Schemas.Lake, SensitivityLevel.L3)]
[Index(nameof(ReportedAt))]
public sealed class GridEvent : SharedRecord
{
    [MaxLength(64)]
    public string EventId { get; set; } = "";

    [MaxLength(32)]
    public string GridCode { get; set; } = "";

    public DateTimeOffset ReportedAt { get; set; }

    [MaxLength(32)]
    public string? EventType { get; set; }

    public string Description { get; set; } = "";

    [MaxLength(256)]
    public string? Address { get; set; }

    [MaxLength(16)]
    public string? Status { get; set; }

    [MaxLength(64)]
    public string? Handler { get; set; }
}
