namespace Hub.Server.Schema.Supervision;

/// <summary>One parameter override of a run or dry run, e.g. <c>{name: "theftLarge", value: "3000"}</c>.</summary>
public sealed record ModelArgumentInput(string Name, string Value)
{
    /// <summary>The overrides by parameter name, as the runner takes them (a name given twice: the last wins).</summary>
    public static IReadOnlyDictionary<string, string> ToOverrides(IReadOnlyList<ModelArgumentInput>? parameters)
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in parameters ?? [])
        {
            overrides[parameter.Name] = parameter.Value;
        }

        return overrides;
    }
}
