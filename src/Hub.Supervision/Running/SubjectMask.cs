using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Running;

/// <summary>
/// How a subject key appears in clue titles and summaries (DOMAIN.md §6.2-2): a citizen id as its first 6 and last 4
/// characters around eight stars (a malformed one wholly starred); a credit code (a legal person's public identifier) and a case number in full.
/// </summary>
public static class SubjectMask
{
    /// <summary>The displayed form of a key.</summary>
    public static string Mask(SubjectType type, string key) => type switch
    {
        SubjectType.Person when key.Length > 10 => $"{key[..6]}********{key[^4..]}",
        SubjectType.Person => new string('*', key.Length),
        _ => key,
    };
}
