using Hub.Supervision.Catalogue;
using Hub.Supervision.Running;

namespace Hub.Server.Schema.Supervision;

/// <summary>The input of <c>runAllSupervisionModels</c>: one date and region for every model, each with its own defaults.</summary>
public sealed record RunAllSupervisionModelsInput(DateOnly? AsOf, string? RegionCode)
{
    /// <summary>One run per catalogue model, in catalogue order.</summary>
    public IReadOnlyList<RunSupervisionModelInput> PerModel() =>
        ModelCatalogue.All.Select(model => new RunSupervisionModelInput(model.Id, AsOf, RegionCode, [])).ToList();
}
