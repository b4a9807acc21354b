namespace Hub.Supervision.Catalogue;

/// <summary>One rule (sub-rule) of a model: its id, what it finds, the fields it matched on, and its query.</summary>
/// <param name="Id">E.g. <c>M01-a1</c>.</param>
/// <param name="Description">What a hit means.</param>
/// <param name="SubjectType">What the subject keys of its hits are.</param>
/// <param name="DataSet">The data set of the evidence rows the query returns.</param>
/// <param name="MatchedFields">The columns (and absences) the rule tested, recorded on each evidence row.</param>
/// <param name="Hits">The query, run by the database: one row per subject and evidence record.</param>
public sealed record ModelRule(string Id, string Description, SubjectType SubjectType, string DataSet, IReadOnlyList<string> MatchedFields, IQueryable<EvidenceRow> Hits);
