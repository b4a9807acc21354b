using System.Security.Claims;
using Hub.Identity.Policies;
using Hub.Identity.Tokens;

namespace Hub.Privacy;

/// <summary>
/// Decides masking from the scope catalogue (<c>policies/scopes.yaml</c>): a personal field is shown in full only
/// when one of the caller's scopes grants it without listing it under <c>masked</c> (e.g. <c>persons.reveal</c>),
/// and only when the read states a reason (DOMAIN.md §6.2-1: "full identifiers only after reveal with a reason").
/// </summary>
public sealed class DisclosurePolicy(Func<Task<PolicySet>> loadPolicies)
{
    private readonly Lazy<Task<PolicySet>> _policies = new(loadPolicies);

    /// <summary>The longest reason kept; longer ones are refused rather than cut.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>
    /// The disclosure of one read by <paramref name="caller"/> with the given reason (blank = none), over the shared
    /// data's personal fields or, for another area's read, over <paramref name="personalFields"/>.
    /// </summary>
    public async Task<Disclosure> ForAsync(ClaimsPrincipal caller, string? reason, IReadOnlyList<PersonalField>? personalFields = null)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed is null)
        {
            return Disclosure.MaskAll;
        }

        var policies = await _policies.Value;
        var scopes = caller.FindAll(AccessTokenClaims.Scope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var grants = policies.Scopes.Where(s => scopes.Contains(s.Name)).SelectMany(s => s.Grants).ToList();
        var revealed = (personalFields ?? SharedDataTypes.PersonalFields)
            .Where(p => grants.Any(g => g.TypeName == p.TypeName && g.AllowsField(p.FieldName) && !g.Masks(p.FieldName)))
            .Select(p => p.Coordinate);
        return new Disclosure(revealed, trimmed);
    }
}
