using Hub.Supervision.Running;

namespace Hub.Server.Schema.Supervision;

/// <summary>The input of <c>runSupervisionModel</c>, as the engine converts it from the GraphQL input object.</summary>
public sealed record RunSupervisionModelInput(string ModelId, DateOnly? AsOf, string? RegionCode, IReadOnlyList<ModelArgumentInput>? Parameters)
{
    /// <summary>
    /// The run this input asks for, started by <paramref name="startedBy"/> within <paramref name="jurisdiction"/> (a
    /// GB/T 2260 prefix, null for every region); the date defaults to today (UTC), the region to the jurisdiction's own.
    /// </summary>
    public RunRequest ToRequest(string startedBy, string? jurisdiction)
    {
        var region = RegionCode ?? jurisdiction?.PadRight(6, '0') ?? RunRequest.DefaultRegion;
        var asOf = AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow);
        return new RunRequest(ModelId, asOf, region, ModelArgumentInput.ToOverrides(Parameters), startedBy) { Jurisdiction = jurisdiction };
    }
}
