using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Data.Model;

/// <summary>
/// How an instant is stored on SQLite, which has no time type and cannot compare or order a <see cref="DateTimeOffset"/>
/// in SQL: fixed-width UTC text (<c>2026-12-07T22:13:12.1234567Z</c>), whose order as text is its order in time, so
/// filters and sorts on it run in the database. SQLite's date functions read it as UTC.
/// </summary>
public static class SortableUtcText
{
    /// <summary>The EF Core conversion of a <see cref="DateTimeOffset"/> property on SQLite.</summary>
    public static ValueConverter<DateTimeOffset, string> Converter { get; } = new(
        value => Format(value),
        text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    /// <summary><paramref name="value"/> as stored: its UTC time with seven fraction digits and <c>Z</c>.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
