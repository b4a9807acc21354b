namespace Hub.Supervision.Store;

/// <summary>Where a clue is in its lifecycle (DOMAIN.md §4.2); models create <see cref="Generated"/> clues.</summary>
public enum ClueStatus
{
    /// <summary>Produced by a model, not yet triaged.</summary>
    Generated,
}
