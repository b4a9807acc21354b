namespace Hub.Data.Model.Administrative;

/// <summary>
/// One monthly payment of a social-security or assistance benefit (pension, 低保, 特困, 高龄补贴 …) to a person: the
/// payments themselves, which M15 holds against custody periods and deaths; <c>assistance_roster</c> says only who is entitled.
/// </summary>
[DataSet("benefit_payment", Schemas.Administrative, SensitivityLevel.L4)]
[Index(nameof(IdNumber), nameof(PayMonth))]
public sealed class BenefitPayment : SharedRecord
{
    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string IdNumber { get; set; } = "";

    public KeyQuality IdNumberQuality { get; set; }

    /// <summary>养老金, 低保金, 特困供养金, 高龄补贴, 残疾人两项补贴 …</summary>
    [MaxLength(32)]
    public string BenefitType { get; set; } = "";

    /// <summary>The paying agency (人社, 民政, 残联 …).</summary>
    [MaxLength(16)]
    public string PayingAgency { get; set; } = "";

    /// <summary>The month paid for, as its first day.</summary>
    public DateOnly PayMonth { get; set; }

    public decimal Amount { get; set; }

    public DateOnly PaidDate { get; set; }
}
