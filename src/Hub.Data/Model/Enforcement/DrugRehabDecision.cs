namespace Hub.Data.Model.Enforcement;

/// <summary>A decision of compulsory isolated drug rehabilitation (强制隔离戒毒决定, 禁毒法 art. 47: two years) and its hand-over.</summary>
[DataSet("drug_rehab_decision", Schemas.Enforcement, SensitivityLevel.L4)]
[Index(nameof(PersonIdNumber), nameof(DecisionDate))]
public sealed class DrugRehabDecision : SharedRecord
{
    [MaxLength(64)]
    public string DecisionNo { get; set; } = "";

    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string PersonIdNumber { get; set; } = "";

    public KeyQuality PersonIdNumberQuality { get; set; }

    public DateOnly DecisionDate { get; set; }

    /// <summary>The period decided, in months (24 by law).</summary>
    public short PeriodMonths { get; set; }

    /// <summary>The facility that is to execute it.</summary>
    [MaxLength(64)]
    public string? ExecutingFacility { get; set; }

    /// <summary>When the person was handed over for execution (交付执行); null while not executed.</summary>
    public DateOnly? HandoverDate { get; set; }

    /// <summary>待执行, 执行中, 所外就医, 已解除 or 中止执行.</summary>
    [MaxLength(16)]
    public string Status { get; set; } = "";
}
