namespace Hub.Data.Model.Administrative;

/// <summary>A school of the education bureau's registry (DOMAIN.md §2.4 <c>edu_school</c>): the places M08 watches.</summary>
[DataSet("edu_school", Schemas.Administrative, SensitivityLevel.L1)]
[Index(nameof(SchoolId))]
public sealed class School : SharedRecord
{
    /// <summary>The education bureau's school code.</summary>
    [MaxLength(32)]
    public string SchoolId { get; set; } = "";

    [MaxLength(128)]
    public string Name { get; set; } = "";

    /// <summary>幼儿园, 小学, 初中, 高中 or 九年一贯制.</summary>
    [MaxLength(16)]
    public string SchoolType { get; set; } = "";

    [MaxLength(256)]
    public string? Address { get; set; }

    /// <summary>WGS-84 position of the gate as <c>latitude,longitude</c> in decimal degrees (the format of <c>lake_hit.geo</c>).</summary>
    [MaxLength(32)]
    public string? Geo { get; set; }
}
