using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Identity.Storage;

/// <summary>Stores an instant as UTC ticks so SQLite can compare and order it.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
