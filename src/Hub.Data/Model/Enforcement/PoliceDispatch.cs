namespace Hub.Data.Model.Enforcement;

/// <summary>A 110 call and how the police handled it (DOMAIN.md §2.4 <c>police_dispatch</c>), with the two parties a domestic call names.</summary>
[DataSet("police_dispatch", Schemas.Enforcement, SensitivityLevel.L4)]
[Index(nameof(RespondentIdNumber), nameof(ReceivedAt))]
[Index(nameof(CallerIdNumber))]
[Index(nameof(ReceivedAt))]
public sealed class PoliceDispatch : SharedRecord
{
    [MaxLength(64)]
    public string IncidentId { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The place of the incident as the operator recorded it.</summary>
    [MaxLength(256)]
    public string? Address { get; set; }

    /// <summary>家庭暴力, 家庭纠纷, 邻里纠纷, 盗窃, 交通事故 …</summary>
    [MaxLength(32)]
    public string Category { get; set; } = "";

    /// <summary>The caller (in a domestic call usually the victim).</summary>
    [KeyColumn(KeyKind.CitizenId), MaxLength(32)]
    public string? CallerIdNumber { get; set; }

    public KeyQuality CallerIdNumberQuality { get; set; }

    [MaxLength(64)]
    public string? CallerName { get; set; }

    /// <summary>The party the call is about (in a domestic call the alleged abuser).</summary>
    [KeyColumn(KeyKind.CitizenId), MaxLength(32)]
    public string? RespondentIdNumber { get; set; }

    public KeyQuality RespondentIdNumberQuality { get; set; }

    [MaxLength(64)]
    public string? RespondentName { get; set; }

    /// <summary>调解, 出具告诫书, 行政处罚, 立案 or 其他.</summary>
    [MaxLength(16)]
    [CodedColumn(nameof(CodeLists.DispatchDisposal))]
    public string? Disposal { get; set; }

    /// <summary>The operator's account of the call.</summary>
    public string? Text { get; set; }
}
