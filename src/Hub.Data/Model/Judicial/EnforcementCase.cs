namespace Hub.Data.Model.Judicial;

/// <summary>
/// A court's civil enforcement case (执行案件): the respondent (被执行人), the amount due and the case's status
/// (终本 — 终结本次执行程序, 执行完毕 …).
/// </summary>
[DataSet("enforcement_case", Schemas.Judicial, SensitivityLevel.L3)]
[Index(nameof(EnforcementCaseNo))]
public sealed class EnforcementCase : SharedRecord
{
    [MaxLength(64)]
    public string EnforcementCaseNo { get; set; } = "";

    [MaxLength(16)]
    public string CourtCode { get; set; } = "";

    /// <summary>A respondent who is a person.</summary>
    [KeyColumn(KeyKind.CitizenId), MaxLength(32)]
    public string? RespondentIdNumber { get; set; }

    public KeyQuality RespondentIdNumberQuality { get; set; }

    /// <summary>A respondent that is an organisation.</summary>
    [KeyColumn(KeyKind.CreditCode), MaxLength(32)]
    public string? RespondentUscc { get; set; }

    public KeyQuality RespondentUsccQuality { get; set; }

    /// <summary>
    /// The respondent's identity number under the keyed hash the court also gives the auction winner's
    /// (<see cref="JudicialAuction.WinnerIdHash"/>; DOMAIN.md §6.2-3): the two compare without the hub learning who won.
    /// </summary>
    [MaxLength(64)]
    public string? RespondentIdHash { get; set; }

    public decimal AmountDue { get; set; }

    /// <summary>执行中, 终本 (终结本次执行程序), 执行完毕 or 终结执行.</summary>
    [MaxLength(16)]
    public string Status { get; set; } = "";

    public DateOnly? StatusDate { get; set; }
}
