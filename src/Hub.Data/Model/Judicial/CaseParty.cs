namespace Hub.Data.Model.Judicial;

/// <summary>A party to a procuratorate case: suspect, victim or victim's relative, with injury and compensation.</summary>
[DataSet("case_party", Schemas.Judicial, SensitivityLevel.L4)]
[Index(nameof(SppCaseId))]
[Index(nameof(IdNumber))]
public sealed class CaseParty : SharedRecord
{
    [MaxLength(64)]
    public string SppCaseId { get; set; } = "";

    /// <summary>犯罪嫌疑人, 被害人 or 被害人近亲属.</summary>
    [MaxLength(16)]
    [CodedColumn(nameof(CodeLists.CasePartyRole))]
    public string Role { get; set; } = "";

    [KeyColumn(KeyKind.CitizenId), MaxLength(32)]
    public string? IdNumber { get; set; }

    public KeyQuality IdNumberQuality { get; set; }

    [MaxLength(64)]
    public string? Name { get; set; }

    [MaxLength(16)]
    public string? Injury { get; set; }

    public decimal? LossAmount { get; set; }

    public decimal? CompensationReceived { get; set; }
}
