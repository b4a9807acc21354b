namespace Hub.GraphQL.Conformance.ValidationCorpus;

/// <summary>
/// The outcome of one case: whether the reported errors match graphql-js's by locations (count, order, positions)
/// and by messages, with both sides printed for the report.
/// </summary>
public sealed record CaseResult(ValidationCase Case, bool LocationsMatch, bool MessagesMatch, IReadOnlyList<string> Expected, IReadOnlyList<string> Actual);
