namespace Hub.Data.Model.Enforcement;

/// <summary>An administrative penalty decision of any agency (police, environment, market, health, transport …) in one shape; environmental columns are empty for other agencies.</summary>
[DataSet("admin_penalty", Schemas.Enforcement, SensitivityLevel.L4)]
[Index(nameof(PersonIdNumber), nameof(DecisionDate))]
[Index(nameof(EntityUscc), nameof(DecisionDate))]
[Index(nameof(AgencyKind), nameof(ViolationType), nameof(DecisionDate))]
public sealed class AdministrativePenalty : SharedRecord
{
    /// <summary>Issuing agency kind: PSB, ECO, MARKET, HEALTH, TRANSPORT or OTHER.</summary>
    [CodedColumn(nameof(CodeLists.PenaltyAgencyKind))]
    [MaxLength(16)]
    public string AgencyKind { get; set; } = "";

    /// <summary>Penalty decision number, unique with the agency.</summary>
    [MaxLength(64)]
    public string DecisionNo { get; set; } = "";

    /// <summary>Penalised person, when a person.</summary>
    [KeyColumn(KeyKind.CitizenId), MaxLength(32)]
    public string? PersonIdNumber { get; set; }

    /// <summary>Quality of the person key.</summary>
    public KeyQuality PersonIdNumberQuality { get; set; }

    [MaxLength(64)]
    public string? PersonName { get; set; }

    /// <summary>Penalised organisation, when an organisation.</summary>
    [KeyColumn(KeyKind.CreditCode), MaxLength(32)]
    public string? EntityUscc { get; set; }

    /// <summary>Quality of the organisation key.</summary>
    public KeyQuality EntityUsccQuality { get; set; }

    /// <summary>Violation (盗窃, 超标排放, 非法行医 …).</summary>
    [MaxLength(64)]
    public string ViolationType { get; set; } = "";

    [MaxLength(128)]
    public string? LegalBasis { get; set; }

    /// <summary>Penalty kinds of 行政处罚法 art. 9, separated by '|'.</summary>
    [MaxLength(256)]
    public string PenaltyTypes { get; set; } = "";

    public decimal? FineAmount { get; set; }

    public short? DetentionDays { get; set; }

    /// <summary>Value of the property involved (涉案财物价值), yuan.</summary>
    public decimal? InvolvedValue { get; set; }

    /// <summary>Aggravating circumstances (入户, 携带凶器, 扒窃 …) separated by '|'.</summary>
    [MaxLength(128)]
    public string? CircumstanceFlags { get; set; }

    public DateOnly? ViolationDate { get; set; }

    public DateOnly DecisionDate { get; set; }

    [MaxLength(32)]
    public string? DecisionUnitCode { get; set; }

    public string? FactsText { get; set; }

    /// <summary>Environmental: main pollutant.</summary>
    [MaxLength(32)]
    public string? Pollutant { get; set; }

    /// <summary>Environmental: multiple of the discharge standard.</summary>
    [Precision(8, 2)]
    public decimal? ExceedMultiple { get; set; }

    /// <summary>Environmental: hazardous waste, tonnes.</summary>
    [Precision(12, 3)]
    public decimal? HazardousWasteTonnes { get; set; }

    /// <summary>Environmental: discharge method (暗管, 渗井 …).</summary>
    [MaxLength(64)]
    public string? Method { get; set; }

    public DateOnly? ViolationPeriodFrom { get; set; }

    public DateOnly? ViolationPeriodTo { get; set; }
}
