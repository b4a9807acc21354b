namespace Hub.Supervision.Catalogue;

/// <summary>
/// The title and summary of a model's clues. Placeholders: <c>{subject}</c> (the masked subject key),
/// <c>{evidence}</c> (how many records), <c>{rules}</c> (the rule ids that hit), <c>{asOf}</c>. A template never
/// names a person: the subject is masked before it is filled in.
/// </summary>
public sealed record ClueTemplate(string Title, string Summary)
{
    /// <summary>Fills a template text.</summary>
    public static string Fill(string text, string maskedSubject, int evidence, string rules, DateOnly asOf) => text
        .Replace("{subject}", maskedSubject, StringComparison.Ordinal)
        .Replace("{evidence}", evidence.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{rules}", rules, StringComparison.Ordinal)
        .Replace("{asOf}", asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
