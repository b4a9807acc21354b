namespace Hub.Data.Keys;

/// <summary>The outcome of checking one delivered key: the value to store, its quality and, when invalid, why.</summary>
/// <param name="Value">The canonical key when valid or repaired; the delivered text when invalid; null when missing.</param>
/// <param name="Quality">The key-quality flag stored beside the key.</param>
/// <param name="Problem">A short reason when the key is invalid (for the reject report), otherwise null.</param>
public readonly record struct KeyCheck(string? Value, KeyQuality Quality, string? Problem)
{
    /// <summary>The result for an absent key.</summary>
    public static KeyCheck Missing { get; } = new(null, KeyQuality.Missing, null);
}
