namespace Hub.GraphQL.Conformance.Execution;

/// <summary>
/// What one case produced: <see cref="ResultJson"/> is the response body exactly as the engine serializes it
/// (<c>{errors?, data?}</c>), <see cref="Validation"/> the validation errors of the document.
/// </summary>
public sealed record CaseOutcome(string Name, string ResultJson, IReadOnlyList<ValidationEntry> Validation);
