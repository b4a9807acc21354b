namespace Hub.GraphQL.Authorization;

/// <summary>
/// One <c>@authorize</c> rule: a policy, roles (any of them suffices), both, or neither (any authenticated caller).
/// Several rules on one field must all pass.
/// </summary>
public sealed record AuthorizeDirective(string? Policy = null, IReadOnlyList<string>? Roles = null, ApplyPolicy Apply = ApplyPolicy.BeforeResolver)
{
    /// <summary>The directive's name in SDL.</summary>
    public const string Name = "authorize";

    /// <summary>The marker directive that lifts the declaring type's rules from one field.</summary>
    public const string AllowAnonymousName = "allowAnonymous";

    public override string ToString()
    {
        var arguments = new List<string>();
        if (Policy is not null)
        {
            arguments.Add($"policy: \"{Policy}\"");
        }

        if (Roles is not null)
        {
            arguments.Add($"roles: [{string.Join(", ", Roles.Select(r => $"\"{r}\""))}]");
        }

        if (Apply != ApplyPolicy.BeforeResolver)
        {
            arguments.Add("apply: " + (Apply == ApplyPolicy.AfterResolver ? "AFTER_RESOLVER" : "VALIDATION"));
        }

        return "@" + Name + (arguments.Count > 0 ? "(" + string.Join(", ", arguments) + ")" : string.Empty);
    }
}
