namespace Hub.Privacy;

/// <summary>Ages in the calendar of the shared data (Asia/Shanghai, DOMAIN.md §2.3).</summary>
public static class AgeBands
{
    /// <summary>Today in Asia/Shanghai.</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>
    /// The band of someone born on <paramref name="birthDate"/>, on <paramref name="today"/>. An age is reached on the
    /// day after the birthday, not on it (SPC interpretation on minors' criminal cases, 2006, art. 2): on their 18th
    /// birthday a person is still a minor.
    /// </summary>
    public static AgeBand Of(DateOnly birthDate, DateOnly today)
    {
        var age = today.Year - birthDate.Year;
        if (birthDate.AddYears(age) >= today)
        {
            age--;
        }

        return age switch
        {
            < 12 => AgeBand.Under12,
            < 14 => AgeBand.Age12To13,
            < 16 => AgeBand.Age14To15,
            < 18 => AgeBand.Age16To17,
            _ => AgeBand.Adult,
        };
    }
}
