namespace Hub.Identity.Policies;

/// <summary>What a scope lets an agency read of one GraphQL type: its fields (<c>*</c> for all) and which of them are masked.</summary>
public sealed record ScopeGrant(string TypeName, IReadOnlyList<string> Fields, IReadOnlyList<string> Masked, int Line)
{
    public bool AllowsField(string fieldName) => Fields.Contains("*") || Fields.Contains(fieldName);

    public bool Masks(string fieldName) => Masked.Contains(fieldName);
}
