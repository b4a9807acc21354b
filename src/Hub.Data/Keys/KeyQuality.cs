namespace Hub.Data.Keys;

/// <summary>How trustworthy a delivered key is (DOMAIN.md §2.2): recorded on every row, never used to drop one silently.</summary>
public enum KeyQuality
{
    /// <summary>Delivered in canonical form and both structure and checksum are right.</summary>
    Valid,

    /// <summary>Valid after a documented normalisation (case, full-width digits, spaces, 15→18 digits).</summary>
    Repaired,

    /// <summary>Present but fails the structure, date or checksum rules; kept as delivered.</summary>
    Invalid,

    /// <summary>Not delivered at all.</summary>
    Missing,
}
