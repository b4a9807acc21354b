namespace Hub.Privacy;

/// <summary>
/// What the privacy rules need of the scope catalogue (<c>policies/scopes.yaml</c>); the host implements it over the
/// policies it loaded at start, the same ones its field guards come from.
/// </summary>
public interface IScopeRules
{
    /// <summary>Whether one of <paramref name="scopes"/> grants <paramref name="field"/> without listing it under <c>masked</c>.</summary>
    bool GrantsInFull(IReadOnlySet<string> scopes, PersonalField field);

    /// <summary>Whether <paramref name="scope"/> limits the rows it opens to the caller's jurisdiction (<c>region-bound: true</c>).</summary>
    bool IsRegionBound(string scope);
}
