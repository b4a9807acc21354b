namespace Hub.Data.Model.Administrative;

/// <summary>An order to pay wages (劳动保障监察 责令支付) with its deadline and whether the employer complied.</summary>
[DataSet("hr_pay_order", Schemas.Administrative, SensitivityLevel.L2)]
[Index(nameof(EmployerUscc), nameof(IssuedDate))]
public sealed class WagePaymentOrder : SharedRecord
{
    [MaxLength(64)]
    public string OrderNo { get; set; } = "";

    [KeyColumn(KeyKind.CreditCode, required: true), MaxLength(32)]
    public string EmployerUscc { get; set; } = "";

    public KeyQuality EmployerUsccQuality { get; set; }

    /// <summary>The complaint the order answers, when there was one.</summary>
    [MaxLength(64)]
    public string? ComplaintId { get; set; }

    /// <summary>Wages ordered paid, yuan.</summary>
    public decimal Amount { get; set; }

    public short WorkersCount { get; set; }

    public DateOnly IssuedDate { get; set; }

    /// <summary>The deadline to pay.</summary>
    public DateOnly Deadline { get; set; }

    /// <summary>Whether the employer paid in full by the deadline.</summary>
    public bool Complied { get; set; }
}
