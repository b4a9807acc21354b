namespace Hub.Data.Model.Enforcement;

/// <summary>An entry into and exit from a detention centre, administrative-detention centre or compulsory drug-rehab facility.</summary>
[DataSet("custody_in_out", Schemas.Enforcement, SensitivityLevel.L4)]
[Index(nameof(PersonIdNumber), nameof(InDate))]
public sealed class CustodyRecord : SharedRecord
{
    [MaxLength(16)]
    [CodedColumn(nameof(CodeLists.CustodyFacilityType))]
    public string FacilityType { get; set; } = "";

    [MaxLength(32)]
    public string FacilityCode { get; set; } = "";

    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string PersonIdNumber { get; set; } = "";

    public KeyQuality PersonIdNumberQuality { get; set; }

    public DateOnly InDate { get; set; }

    public DateOnly? OutDate { get; set; }

    [MaxLength(16)]
    [CodedColumn(nameof(CodeLists.CustodyInReason))]
    public string InReason { get; set; } = "";

    [MaxLength(16)]
    public string? OutReason { get; set; }
}
