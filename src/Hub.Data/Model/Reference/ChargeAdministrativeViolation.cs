namespace Hub.Data.Model.Reference;

/// <summary>Reference: which agency and article penalise the conduct behind a criminal charge (used by reverse transfer, M03).</summary>
[DataSet("charge_to_admin_violation", Schemas.Shared, SensitivityLevel.L1)]
[Index(nameof(ChargeName))]
public sealed class ChargeAdministrativeViolation : SharedRecord
{
    [MaxLength(64)]
    public string ChargeName { get; set; } = "";

    /// <summary>Agency kind as in admin_penalty.agency_kind.</summary>
    [MaxLength(16)]
    public string Agency { get; set; } = "";

    [MaxLength(64)]
    public string Law { get; set; } = "";

    [MaxLength(32)]
    public string? Article { get; set; }

    public string? Notes { get; set; }
}
