using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Data.Model;

/// <summary>Stores <see cref="KeyQuality"/> as the upper-case words of DOMAIN.md §2.2 (VALID, REPAIRED, INVALID, MISSING).</summary>
public sealed class KeyQualityConverter() : ValueConverter<KeyQuality, string>(
    quality => Stored(quality),
    text => Enum.Parse<KeyQuality>(text, true))
{
    /// <summary>The stored word for a quality; the import writes it for every key without allocating.</summary>
    public static string Stored(KeyQuality quality) => quality switch
    {
        KeyQuality.Valid => "VALID",
        KeyQuality.Repaired => "REPAIRED",
        KeyQuality.Invalid => "INVALID",
        _ => "MISSING",
    };
}
