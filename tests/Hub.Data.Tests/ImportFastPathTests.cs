using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Hub.Data.Import;

namespace Hub.Data.Tests;

/// <summary>The import's hand-written readers agree with the general .NET routines they replace.</summary>
public sealed class ImportFastPathTests
{
    private static readonly string s_dateCharacters = "0123456789-０１２٣ +T:/";

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("0000-01-01", false)]
    [InlineData("2024-13-01", false)]
    [InlineData("2024-00-10", false)]
    [InlineData("2024-1-01", false)]
    [InlineData("２０２４-01-01", false)]
    [InlineData(" 2024-01-01", false)]
    [InlineData("2024/01/01", false)]
    public void Iso_dates_are_read_exactly_as_DateOnly_TryParseExact_reads_them(string text, bool valid)
    {
        Assert.Equal(valid, IsoDate.TryParse(text, out var date));
        Assert.Equal(Oracle(text), valid ? date : null);
    }

    [Fact]
    public void Any_date_with_one_character_changed_is_read_as_the_oracle_reads_it()
    {
        // Real dates, each with one character perhaps replaced: the cases that sit right on the format's edges.
        var texts =
            from day in Gen.Choose(0, DateOnly.MaxValue.DayNumber)
            from position in Gen.Choose(-1, 9)
            from replacement in Gen.Elements(s_dateCharacters.ToCharArray())
            let text = DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            select position < 0 ? text : string.Concat(text.AsSpan(0, position), replacement.ToString(), text.AsSpan(position + 1));
        Prop.ForAll(texts.ToArbitrary(), text => (IsoDate.TryParse(text, out var date) ? date : (DateOnly?)null) == Oracle(text))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(10_000));
    }

    [Fact]
    public void Two_part_keys_do_not_run_into_each_other()
    {
        Assert.NotEqual(KeyFingerprint.Of("PSB", "1-2"), KeyFingerprint.Of("PSB1", "-2"));
        Assert.Equal(KeyFingerprint.Of("PSB", "1-2"), KeyFingerprint.Of("PSB", "1-2"));
        Assert.Equal(KeyFingerprint.Of("x", new string('9', 1000)), KeyFingerprint.Of("x", new string('9', 1000)));
    }

    private static DateOnly? Oracle(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
