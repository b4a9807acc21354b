namespace Hub.Server.Schema.SharedData;

/// <summary>The region of the row a clue's evidence cites.</summary>
public sealed record EvidenceRegion(EvidenceReference Reference, string RegionCode);
