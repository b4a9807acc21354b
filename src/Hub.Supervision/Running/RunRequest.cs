namespace Hub.Supervision.Running;

/// <summary>What to run: a model at a date in a region with parameter overrides written as text, and who asks.</summary>
/// <param name="ModelId">The model, e.g. <c>M01</c>.</param>
/// <param name="AsOf">The date the rules treat as today.</param>
/// <param name="RegionCode">The jurisdiction (regional thresholds, the clues' region).</param>
/// <param name="Parameters">Overrides by parameter name, e.g. <c>theftLarge</c> → <c>3000</c>.</param>
/// <param name="StartedBy">The operator or client, recorded on the run.</param>
public sealed record RunRequest(string ModelId, DateOnly AsOf, string RegionCode, IReadOnlyDictionary<string, string> Parameters, string StartedBy)
{
    /// <summary>
    /// The GB/T 2260 prefix of the caller's jurisdiction when it may only see its region (a region-bound token): the
    /// run's region must lie in it and the rules read only its rows. Null: every region.
    /// </summary>
    public string? Jurisdiction { get; init; }

    /// <summary>醴陵 (Hunan), the jurisdiction of the seed documents and of the demo data.</summary>
    public const string DefaultRegion = "430281";
}
