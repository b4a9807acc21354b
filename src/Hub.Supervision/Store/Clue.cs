using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Store;

/// <summary>A clue (线索) as DOMAIN.md §4.3 lists it: which rule of which model found what about whom, on which evidence.</summary>
public sealed class Clue
{
    public Guid Id { get; set; }

    /// <summary>The human number, <c>M01-2025-00001</c>.</summary>
    public string ClueNo { get; set; } = "";

    public string ModelId { get; set; } = "";

    public int ModelVersion { get; set; }

    /// <summary>The rule ids that hit, separated by '|'.</summary>
    public string RuleIds { get; set; } = "";

    /// <summary>The parameter values of the run that created it, as a JSON object.</summary>
    public string Parameters { get; set; } = "{}";

    public Guid RunId { get; set; }

    public DateTimeOffset GeneratedAt { get; set; }

    public string SpecialCampaign { get; set; } = "";

    public string Domain { get; set; } = "";

    public string SupervisionPoint { get; set; } = "";

    public SubjectType SubjectType { get; set; }

    /// <summary>The full key; readers see it masked unless they reveal it.</summary>
    public string SubjectKey { get; set; } = "";

    public string Period { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>The model's legal basis, as a JSON array of {law, article, note}.</summary>
    public string LegalBasis { get; set; } = "[]";

    /// <summary>How many evidence records support it.</summary>
    public int Score { get; set; }

    public string Priority { get; set; } = "";

    public string JurisdictionRegionCode { get; set; } = "";

    public string ResponsibleDepartment { get; set; } = "";

    public ClueStatus Status { get; set; }

    /// <summary>SHA-256 of model, jurisdiction, subject type, subject key and period: one clue per subject and period in each jurisdiction.</summary>
    public string DedupeKey { get; set; } = "";

    /// <summary>Some evidence is a sealed juvenile record.</summary>
    public bool SealedMinorData { get; set; }

    public List<ClueEvidence> Evidence { get; set; } = [];
}
