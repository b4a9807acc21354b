namespace Hub.GraphQL.Errors;

/// <summary>A 1-based line and column in a GraphQL source, as reported in <c>errors[].locations</c>.</summary>
public readonly record struct SourceLocation(int Line, int Column);
