namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// Limits checked on a validated operation before it executes, with HotChocolate's names and defaults
/// (<c>AddMaxExecutionDepthRule</c>, <c>ModifyCostOptions</c>). A null maximum means no limit.
/// </summary>
public sealed class LimitOptions
{
    /// <summary>The options used when none are given: cost limits on, no depth or field-count limit.</summary>
    public static LimitOptions Default { get; } = new();

    /// <summary>The deepest allowed field nesting (root fields are depth 1).</summary>
    public int? MaxExecutionDepth { get; init; }

    /// <summary>Whether introspection fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) are left out of the depth.</summary>
    public bool SkipIntrospectionFields { get; init; }

    /// <summary>The most field selections the operation may make, fragments expanded.</summary>
    public int? MaxFields { get; init; }

    /// <summary>The most aliased field selections the operation may make, fragments expanded.</summary>
    public int? MaxAliases { get; init; }

    /// <summary>The largest allowed field cost (HotChocolate's <c>MaxFieldCost</c>, default 1000).</summary>
    public double MaxFieldCost { get; init; } = 1_000;

    /// <summary>The largest allowed type cost (HotChocolate's <c>MaxTypeCost</c>, default 1000).</summary>
    public double MaxTypeCost { get; init; } = 1_000;

    /// <summary>Whether exceeding the cost limits is an error (HotChocolate's <c>EnforceCostLimits</c>).</summary>
    public bool EnforceCostLimits { get; init; } = true;

    /// <summary>Whether fields without <c>@cost</c> get default weights (HotChocolate's <c>ApplyCostDefaults</c>).</summary>
    public bool ApplyCostDefaults { get; init; } = true;

    /// <summary>The weight of a field with an asynchronous resolver when cost defaults apply (default 10).</summary>
    public double DefaultResolverCost { get; init; } = 10;

    /// <summary>The coerced variables, used to read slicing arguments given as variables.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }
}
