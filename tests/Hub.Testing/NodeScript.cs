using System.Diagnostics;

namespace Hub.Testing;

/// <summary>
/// Runs Node in a <c>tests/js/&lt;area&gt;</c> folder. A folder without <c>node_modules</c> fails the test with the command
/// that fixes it (the test command runs <c>npm ci</c> in every such folder).
/// </summary>
public static class NodeScript
{
    /// <summary>Runs <paramref name="script"/> and returns its standard output; a non-zero exit fails with its standard error.</summary>
    public static async Task<string> RunAsync(
        string area, string script, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = await ExecuteAsync(area, [script, .. arguments], timeout, environment);
        return result.ExitCode == 0
            ? result.Output
            : throw new InvalidOperationException($"node {script} exited with {result.ExitCode}: {result.Error}{result.Output}");
    }

    /// <summary>Runs <c>node</c> with <paramref name="arguments"/>, whatever its exit code; only a timeout fails.</summary>
    public static async Task<NodeResult> ExecuteAsync(
        string area, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var folder = Repository.File("tests", "js", area);
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            throw new InvalidOperationException($"{folder}/node_modules is missing: run `npm ci` in that folder (./test.sh does it).");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {string.Join(' ', start.ArgumentList)} did not finish within {timeout}: {await error}");
        }

        return new NodeResult(process.ExitCode, await output, await error);
    }
}
