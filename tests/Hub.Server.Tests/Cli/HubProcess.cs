using System.Diagnostics;

namespace Hub.Server.Tests.Cli;

/// <summary>Runs the real <c>hub</c> executable (the build output beside the tests) as a child process.</summary>
internal static class HubProcess
{
    /// <summary>Runs <c>hub <paramref name="arguments"/></c> in <paramref name="workingDirectory"/> with extra environment variables.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(workingDirectory, environment, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Runs <c>hub <paramref name="arguments"/></c> with <paramref name="input"/> on its standard input.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, string input, params string[] arguments)
    {
        using var process = Start(workingDirectory, environment, redirectInput: true, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts <c>hub <paramref name="arguments"/></c> with its output redirected; the caller waits for it.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Start(workingDirectory, environment, redirectInput: false, arguments);

    private static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, bool redirectInput, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "hub.dll"), .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
        };
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}
