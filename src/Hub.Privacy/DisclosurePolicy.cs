namespace Hub.Privacy;

/// <summary>
/// Decides masking from the scope catalogue (<c>policies/scopes.yaml</c>, through <see cref="IScopeRules"/>): a
/// personal field is shown in full only when one of the caller's scopes grants it without listing it under
/// <c>masked</c> (e.g. <c>persons.reveal</c>), and only when the read states a reason (DOMAIN.md §6.2-1: "full identifiers only after reveal with a reason").
/// </summary>
public sealed class DisclosurePolicy(IScopeRules rules)
{
    /// <summary>The longest reason kept; longer ones are refused rather than cut.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>
    /// The disclosure of one read by <paramref name="caller"/> with the given reason (blank = none), over the shared
    /// data's personal fields or, for another area's read, over <paramref name="personalFields"/>.
    /// </summary>
    public Disclosure For(Caller caller, string? reason, IReadOnlyList<PersonalField>? personalFields = null)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed is null)
        {
            return Disclosure.MaskAll;
        }

        var revealed = (personalFields ?? SharedDataTypes.PersonalFields)
            .Where(p => rules.GrantsInFull(caller.Scopes, p))
            .Select(p => p.Coordinate);
        return new Disclosure(revealed, trimmed);
    }
}
