namespace Hub.Server.Schema.SharedData;

/// <summary>A shared-data row as clue evidence names it: data set, delivering agency and the agency's record id.</summary>
public readonly record struct EvidenceReference(string DataSet, string SourceAgency, string SourceRecordId);
