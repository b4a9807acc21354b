namespace Hub.Data.Model.Shared;

/// <summary>
/// A person, the entity every domain refers to by citizen identity number. Rows are derived from the valid keys that
/// imports see; the birth date, sex and region come from the number itself (GB 11643).
/// </summary>
public sealed class Person
{
    /// <summary>The canonical 18-character citizen identity number.</summary>
    [MaxLength(18)]
    public string IdNumber { get; set; } = "";

    /// <summary>Birth date encoded in the number.</summary>
    public DateOnly BirthDate { get; set; }

    /// <summary>'M' or 'F' from the sequence code's parity.</summary>
    [MaxLength(1)]
    public string Sex { get; set; } = "";

    /// <summary>GB/T 2260 code of the region of first registration.</summary>
    [MaxLength(6)]
    public string RegionCode { get; set; } = "";
}
