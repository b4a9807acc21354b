namespace Hub.Data.Model.Lake;

/// <summary>A 12345 hotline work order (free text).</summary>
[DataSet("hotline_ticket", Schemas.Lake, SensitivityLevel.L3)]
[Index(nameof(ReceivedAt))]
public sealed class HotlineTicket : SharedRecord
{
    [MaxLength(64)]
    public string TicketId { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    [MaxLength(16)]
    public string? Channel { get; set; }

    [MaxLength(64)]
    public string? ComplainantPhoneHash { get; set; }

    [MaxLength(256)]
    public string? Address { get; set; }

    [MaxLength(32)]
    public string? Category { get; set; }

    public string Content { get; set; } = "";

    [MaxLength(64)]
    public string? HandlingDept { get; set; }

    public string? Reply { get; set; }

    [MaxLength(16)]
    public string? Status { get; set; }
}
