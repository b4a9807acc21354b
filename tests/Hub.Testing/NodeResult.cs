namespace Hub.Testing;

/// <summary>How a Node run ended.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Everything it wrote to standard output.</param>
/// <param name="Error">Everything it wrote to standard error.</param>
public sealed record NodeResult(int ExitCode, string Output, string Error);
