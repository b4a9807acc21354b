using Hub.Supervision.Running;

namespace Hub.Server.Schema.Supervision;

/// <summary>The input of <c>runSupervisionModel</c>, as the engine converts it from the GraphQL input object.</summary>
public sealed record RunSupervisionModelInput(string ModelId, DateOnly? AsOf, string? RegionCode, IReadOnlyList<ModelArgumentInput>? Parameters)
{
    /// <summary>The run this input asks for, started by <paramref name="startedBy"/>; the date defaults to today (UTC).</summary>
    public RunRequest ToRequest(string startedBy) =>
        new(ModelId, AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow), RegionCode ?? RunRequest.DefaultRegion, ModelArgumentInput.ToOverrides(Parameters), startedBy);
}
