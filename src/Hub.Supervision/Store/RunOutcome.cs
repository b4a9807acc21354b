namespace Hub.Supervision.Store;

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    /// <summary>Started and not finished (or the process died: its clues were never committed).</summary>
    Running,

    /// <summary>Finished; its clues are stored.</summary>
    Succeeded,

    /// <summary>Stopped by an error; it stored nothing.</summary>
    Failed,
}
