namespace Hub.Privacy.Tests;

/// <summary>The age bands a minor is shown in: an age is reached the day after the birthday.</summary>
public sealed class AgeBandsTests
{
    private static readonly DateOnly Birth = new(2010, 2, 28);

    [Theory]
    [InlineData("2022-02-28", AgeBand.Under12)]
    [InlineData("2022-03-01", AgeBand.Age12To13)]
    [InlineData("2024-02-28", AgeBand.Age12To13)]
    [InlineData("2024-02-29", AgeBand.Age14To15)]
    [InlineData("2026-03-01", AgeBand.Age16To17)]
    [InlineData("2028-02-28", AgeBand.Age16To17)]
    [InlineData("2028-02-29", AgeBand.Adult)]
    public void The_day_after_a_birthday_moves_a_person_into_the_next_band(string today, AgeBand band) =>
        Assert.Equal(band, AgeBands.Of(Birth, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Someone_born_on_29_february_comes_of_age_on_1_march_in_a_common_year()
    {
        var leapDay = new DateOnly(2008, 2, 29);

        Assert.Equal(AgeBand.Age16To17, AgeBands.Of(leapDay, new DateOnly(2026, 2, 28)));
        Assert.Equal(AgeBand.Adult, AgeBands.Of(leapDay, new DateOnly(2026, 3, 1)));
    }
}
