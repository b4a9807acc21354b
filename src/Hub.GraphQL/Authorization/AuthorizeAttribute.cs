namespace Hub.GraphQL.Authorization;

/// <summary>
/// Code-first <c>@authorize</c> on a class (object type) or a property/method (field). Repeatable: every attribute
/// must pass. Without arguments any authenticated caller passes.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public AuthorizeAttribute()
    {
    }

    public AuthorizeAttribute(string policy) => Policy = policy;

    /// <summary>The host's policy that must pass.</summary>
    public string? Policy { get; set; }

    /// <summary>Roles of which the caller must hold at least one.</summary>
    public string[]? Roles { get; set; }

    /// <summary>When the rule is checked.</summary>
    public ApplyPolicy Apply { get; set; } = ApplyPolicy.BeforeResolver;

    /// <summary>The rule the attribute stands for.</summary>
    public AuthorizeDirective ToDirective() => new(Policy, Roles, Apply);
}
