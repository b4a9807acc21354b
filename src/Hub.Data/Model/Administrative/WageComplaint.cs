namespace Hub.Data.Model.Administrative;

/// <summary>A wage-arrears complaint to labour inspection (劳动监察 欠薪投诉) against an employer.</summary>
[DataSet("hr_wage_complaint", Schemas.Administrative, SensitivityLevel.L3)]
[Index(nameof(EmployerUscc), nameof(ReceivedDate))]
[Index(nameof(ComplainantIdNumber))]
public sealed class WageComplaint : SharedRecord
{
    [MaxLength(64)]
    public string ComplaintId { get; set; } = "";

    /// <summary>The complaining worker (or the workers' representative).</summary>
    [KeyColumn(KeyKind.CitizenId), MaxLength(32)]
    public string? ComplainantIdNumber { get; set; }

    public KeyQuality ComplainantIdNumberQuality { get; set; }

    [KeyColumn(KeyKind.CreditCode, required: true), MaxLength(32)]
    public string EmployerUscc { get; set; } = "";

    public KeyQuality EmployerUsccQuality { get; set; }

    /// <summary>Wages owed to the workers the complaint covers, yuan.</summary>
    public decimal Amount { get; set; }

    /// <summary>Longest stretch of unpaid months among those workers.</summary>
    public short MonthsUnpaid { get; set; }

    /// <summary>Workers the complaint covers.</summary>
    public short WorkersCount { get; set; }

    public DateOnly ReceivedDate { get; set; }

    /// <summary>受理, 已立案, 已结案 or 不予受理.</summary>
    [MaxLength(16)]
    public string Status { get; set; } = "";
}
