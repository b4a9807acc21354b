namespace Hub.Data.Model.Judicial;

/// <summary>A prosecutorial opinion or recommendation (检察意见/检察建议) and the addressee's reply.</summary>
[DataSet("prosecutorial_opinion", Schemas.Judicial, SensitivityLevel.L3)]
[Index(nameof(RelatedSppCaseId))]
[Index(nameof(InstrumentNo))]
public sealed class ProsecutorialOpinion : SharedRecord
{
    [MaxLength(64)]
    public string InstrumentNo { get; set; } = "";

    [MaxLength(16)]
    public string InstrumentType { get; set; } = "";

    [MaxLength(64)]
    public string AddresseeAgency { get; set; } = "";

    [MaxLength(64)]
    public string? RelatedSppCaseId { get; set; }

    public DateOnly IssuedDate { get; set; }

    public DateOnly? ReplyDueDate { get; set; }

    public DateOnly? ReplyDate { get; set; }

    [MaxLength(64)]
    public string? Result { get; set; }
}
