namespace Hub.Data.Model;

/// <summary>
/// Marks a national-key column. The import validates it, stores the canonical form and fills the companion
/// <c>{Property}Quality</c> column. A required key that is invalid rejects the row; an optional one is kept and flagged.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class KeyColumnAttribute(KeyKind kind, bool required = false) : Attribute
{
    /// <summary>The key's kind.</summary>
    public KeyKind Kind { get; } = kind;

    /// <summary>Whether a row without a valid key is rejected.</summary>
    public bool Required { get; } = required;
}
