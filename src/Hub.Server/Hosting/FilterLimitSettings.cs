using Hub.GraphQL.Data.Filtering;

namespace Hub.Server.Hosting;

/// <summary>
/// The <c>Hub:GraphQL:Filtering</c> settings: how deep a <c>where</c> may nest and how many <c>or</c> branches it may
/// have, on every filtered list; a value that cannot work stops start-up naming the setting.
/// </summary>
public static class FilterLimitSettings
{
    /// <summary>The configuration section the settings are read from.</summary>
    public const string SectionName = "Hub:GraphQL:Filtering";

    /// <summary>The configured limits over <see cref="FilterLimits.Default"/>, checked.</summary>
    public static FilterLimits Read(IConfiguration configuration)
    {
        var limits = configuration.GetSection(SectionName).Get<FilterLimits>() ?? FilterLimits.Default;
        Require(limits.MaxDepth >= 2, nameof(limits.MaxDepth), "at least 2 (a filter on one field is already 2 levels deep)");
        Require(limits.MaxOrBranches >= 1, nameof(limits.MaxOrBranches), "at least 1");
        return limits;
    }

    private static void Require(bool valid, string setting, string expected)
    {
        if (!valid)
        {
            throw new InvalidOperationException($"{SectionName}:{setting} must be {expected}.");
        }
    }
}
