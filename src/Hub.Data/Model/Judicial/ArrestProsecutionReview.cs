namespace Hub.Data.Model.Judicial;

/// <summary>A review for arrest (审查逮捕) or for prosecution (审查起诉) received by the procuratorate.</summary>
[DataSet("arrest_prosecution_review", Schemas.Judicial, SensitivityLevel.L4)]
[Index(nameof(PersonIdNumber), nameof(ReceivedDate))]
public sealed class ArrestProsecutionReview : SharedRecord
{
    [MaxLength(64)]
    public string SppCaseId { get; set; } = "";

    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string PersonIdNumber { get; set; } = "";

    public KeyQuality PersonIdNumberQuality { get; set; }

    [MaxLength(16)]
    [CodedColumn(nameof(CodeLists.ReviewType))]
    public string ReviewType { get; set; } = "";

    public DateOnly ReceivedDate { get; set; }

    [MaxLength(32)]
    public string? Decision { get; set; }
}
