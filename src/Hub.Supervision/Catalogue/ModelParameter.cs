namespace Hub.Supervision.Catalogue;

/// <summary>
/// A parameter a run may override. Its default is either a literal (<see cref="Default"/>, written as on the command
/// line) or the <c>legal_threshold</c> row of <see cref="ThresholdTopic"/> valid in the run's region at its as-of date.
/// </summary>
/// <param name="Name">camelCase name, as in <c>--param theftLarge=3000</c>.</param>
/// <param name="Kind">Its type.</param>
/// <param name="Description">What it controls and where its default comes from.</param>
public sealed record ModelParameter(string Name, ParameterKind Kind, string Description)
{
    /// <summary>The default written as a value would be (<c>3</c>, <c>0.5</c>, <c>入户|扒窃</c>).</summary>
    public string? Default { get; init; }

    /// <summary>The <c>legal_threshold.topic</c> whose value is the default (e.g. <c>盗窃-数额较大</c>).</summary>
    public string? ThresholdTopic { get; init; }

    /// <summary>Smallest allowed number.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>Largest allowed number.</summary>
    public decimal? Maximum { get; init; }
}
