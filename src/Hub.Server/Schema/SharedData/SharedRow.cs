namespace Hub.Server.Schema.SharedData;

/// <summary>A row of shared data as served: the stored record and what the read that fetched it may show in full.</summary>
public sealed record SharedRow(object Record, Disclosure Disclosure);
