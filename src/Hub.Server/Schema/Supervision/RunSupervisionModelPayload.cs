using Hub.Supervision.Store;

namespace Hub.Server.Schema.Supervision;

/// <summary>What <c>runSupervisionModel</c> returns, and one model's part of <c>runAllSupervisionModels</c>: the finished run, or why none ran.</summary>
public sealed record RunSupervisionModelPayload(string ModelId, ModelRun? Run, IReadOnlyList<RunSupervisionModelError>? Errors);
