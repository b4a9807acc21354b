using Hub.GraphQL.Errors;

namespace Hub.GraphQL.Conformance.Execution;

/// <summary>One validation error of a case as the runner prints it: the rule (when known), message and locations.</summary>
public sealed record ValidationEntry(string? Rule, string Message, IReadOnlyList<SourceLocation> Locations);
