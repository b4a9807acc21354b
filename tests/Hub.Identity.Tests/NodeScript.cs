using System.Diagnostics;

namespace Hub.Identity.Tests;

/// <summary>Runs a Node script of <c>tests/js/</c> and captures its output; fails loudly when npm packages are missing.</summary>
public static class NodeScript
{
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Hub.sln not found above " + AppContext.BaseDirectory);
    }

    public static async Task<(int ExitCode, string Output)> RunTestsAsync(string folder, string script, IDictionary<string, string> environment)
    {
        var root = RepositoryRoot();
        var directory = Path.Combine(root, "tests", "js", folder);
        if (!Directory.Exists(Path.Combine(directory, "node_modules")))
        {
            throw new InvalidOperationException($"{directory}/node_modules is missing: run `npm ci` in tests/js/{folder} (./test.sh does it).");
        }

        var start = new ProcessStartInfo("node", ["--test", "--test-reporter=tap", script])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
