namespace Hub.Server.Schema.Supervision;

/// <summary>What <c>runAllSupervisionModels</c> returns: one payload per catalogue model, and the clues the runs created in all.</summary>
public sealed record RunAllSupervisionModelsPayload(IReadOnlyList<RunSupervisionModelPayload> Models)
{
    /// <summary>Clues created by all the runs together.</summary>
    public int CluesCreated => Models.Sum(m => m.Run?.CluesCreated ?? 0);
}
