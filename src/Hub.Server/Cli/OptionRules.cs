using System.CommandLine;
using System.CommandLine.Parsing;

namespace Hub.Server.Cli;

/// <summary>Value rules checked while the command line is parsed, so a bad value is a usage error naming the option.</summary>
internal static class OptionRules
{
    /// <summary>Refuses values below 1.</summary>
    public static Option<int> AtLeastOne(this Option<int> option)
    {
        option.Validators.Add(result => RefuseBelowOne(result, option.Name, result.GetValueOrDefault<int>()));
        return option;
    }

    /// <summary>Refuses values below 1; leaving the option out is fine.</summary>
    public static Option<int?> AtLeastOne(this Option<int?> option)
    {
        option.Validators.Add(result => RefuseBelowOne(result, option.Name, result.GetValueOrDefault<int?>()));
        return option;
    }

    private static void RefuseBelowOne(OptionResult result, string name, int? value)
    {
        if (value < 1)
        {
            result.AddError($"{name} must be at least 1 (got {value}).");
        }
    }
}
