namespace Hub.Data.Import;

/// <summary>One record read from a file: its fields in the header's order, or why it could not be read.</summary>
/// <param name="Line">1-based line number where the record starts.</param>
/// <param name="Fields">Field texts (null = absent) when readable.</param>
/// <param name="Problem">Why the record is unreadable (invalid UTF-8, bad JSON …), otherwise null.</param>
public sealed record RawRecord(long Line, string?[]? Fields, string? Problem);
