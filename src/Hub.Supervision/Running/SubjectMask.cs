using Hub.Privacy;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Running;

/// <summary>
/// How a subject key appears in clue titles and summaries (DOMAIN.md §6.2-2): a citizen id as the shared data masks it
/// (<see cref="PersonalDataMasking.IdNumber"/>); a credit code (a legal person's public identifier) and a case number in full.
/// </summary>
public static class SubjectMask
{
    /// <summary>The displayed form of a key.</summary>
    public static string Mask(SubjectType type, string key) => type switch
    {
        SubjectType.Person => PersonalDataMasking.IdNumber(key),
        _ => key,
    };
}
