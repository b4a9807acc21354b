namespace Hub.Data.Model.Judicial;

/// <summary>A case in the procuratorate's case system (统一业务应用系统).</summary>
[DataSet("spp_case", Schemas.Judicial, SensitivityLevel.L4)]
[Index(nameof(SppCaseId))]
public sealed class ProcuratorateCase : SharedRecord
{
    [MaxLength(64)]
    public string SppCaseId { get; set; } = "";

    /// <summary>Charge names separated by '|'.</summary>
    [MaxLength(256)]
    public string Charges { get; set; } = "";

    public DateOnly? IncidentDate { get; set; }

    [MaxLength(32)]
    public string? Stage { get; set; }

    [MaxLength(32)]
    public string? HandlingDept { get; set; }
}
