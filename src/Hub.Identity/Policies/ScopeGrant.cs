namespace Hub.Identity.Policies;

/// <summary>
/// What a scope lets an agency read of one GraphQL type: its fields (<c>*</c> for all) and which of them are masked.
/// A type named in any grant is guarded as a whole: its fields no scope grants are readable by nobody. On the root
/// types (<c>Query</c>, <c>Mutation</c>) only the fields named are guarded; the others stay public.
/// </summary>
public sealed record ScopeGrant(string TypeName, IReadOnlyList<string> Fields, IReadOnlyList<string> Masked, int Line)
{
    /// <summary>The column of the grant in <c>scopes.yaml</c> (1-based), for errors about its type.</summary>
    public int Column { get; init; } = 1;

    /// <summary>Where each named field stands in <c>scopes.yaml</c> (line, column), for errors about that field.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> FieldLocations { get; init; } = new Dictionary<string, (int, int)>();

    public bool AllowsField(string fieldName) => Fields.Contains("*") || Fields.Contains(fieldName);

    public bool Masks(string fieldName) => Masked.Contains(fieldName);
}
