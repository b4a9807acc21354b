namespace Hub.Supervision.Store;

/// <summary>One run of one model: what it was asked, who asked, what it found and how it ended.</summary>
public sealed class ModelRun
{
    public Guid Id { get; set; }

    public string ModelId { get; set; } = "";

    public int ModelVersion { get; set; }

    /// <summary>Every parameter's value used, as a JSON object.</summary>
    public string Parameters { get; set; } = "{}";

    public DateOnly AsOf { get; set; }

    public string RegionCode { get; set; } = "";

    /// <summary>The operator or client that started it.</summary>
    public string StartedBy { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Rows the rules' queries returned (one per subject and evidence record).</summary>
    public long RowsRead { get; set; }

    /// <summary>Clues stored for subjects not known before.</summary>
    public int CluesCreated { get; set; }

    /// <summary>Clues already known that received new evidence.</summary>
    public int CluesAlreadyKnown { get; set; }

    /// <summary>Clues already known with nothing new.</summary>
    public int CluesUnchanged { get; set; }

    public RunOutcome Outcome { get; set; }

    /// <summary>Why a failed run failed.</summary>
    public string? FailureReason { get; set; }
}
