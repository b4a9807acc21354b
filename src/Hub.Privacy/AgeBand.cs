namespace Hub.Privacy;

/// <summary>
/// How old a person is, said only as precisely as the shared data may say it of a minor: DOMAIN.md §6.2 shows minors an
/// age band, never a birth date. The bands end where PRC criminal law changes a minor's responsibility (Criminal Law
/// art. 17: 12, 14, 16) and at adulthood (18).
/// </summary>
public enum AgeBand
{
    /// <summary>Younger than 12.</summary>
    Under12,

    /// <summary>12 or 13.</summary>
    Age12To13,

    /// <summary>14 or 15.</summary>
    Age14To15,

    /// <summary>16 or 17.</summary>
    Age16To17,

    /// <summary>18 or older.</summary>
    Adult,
}
