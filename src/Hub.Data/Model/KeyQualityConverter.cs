using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Data.Model;

/// <summary>Stores <see cref="KeyQuality"/> as the upper-case words of DOMAIN.md §2.2 (VALID, REPAIRED, INVALID, MISSING).</summary>
public sealed class KeyQualityConverter() : ValueConverter<KeyQuality, string>(
    quality => quality.ToString().ToUpperInvariant(),
    text => Enum.Parse<KeyQuality>(text, true));
