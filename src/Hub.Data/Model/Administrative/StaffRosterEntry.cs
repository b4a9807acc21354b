namespace Hub.Data.Model.Administrative;

/// <summary>A person on the public payroll (在编人员) as registered by the staffing office.</summary>
[DataSet("staffing_roster", Schemas.Administrative, SensitivityLevel.L4)]
[Index(nameof(IdNumber))]
public sealed class StaffRosterEntry : SharedRecord
{
    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string IdNumber { get; set; } = "";

    public KeyQuality IdNumberQuality { get; set; }

    [MaxLength(64)]
    public string Name { get; set; } = "";

    [KeyColumn(KeyKind.CreditCode), MaxLength(32)]
    public string? EmployerUscc { get; set; }

    public KeyQuality EmployerUsccQuality { get; set; }

    [MaxLength(128)]
    public string? EmployerName { get; set; }

    /// <summary>行政, 事业 or 政法专项.</summary>
    [MaxLength(16)]
    public string EstablishmentType { get; set; } = "";

    /// <summary>教育, 卫健 …</summary>
    [MaxLength(16)]
    public string Sector { get; set; } = "";

    public DateOnly EntryDate { get; set; }

    [MaxLength(16)]
    public string Status { get; set; } = "";
}
