using System.Diagnostics;

namespace Hub.GraphQL.Tests.Differential;

/// <summary>Runs a script of <c>tests/js/graphql-js</c> with Node and returns its standard output.</summary>
public static class NodeScript
{
    public static string Run(string script, params string[] arguments)
    {
        var folder = RepositoryPaths.GraphQLJs;
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql")))
        {
            throw new InvalidOperationException(
                $"graphql-js is not installed in {folder}: run `npm ci` there (./test.sh does it).");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(folder, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var standardError = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {standardError.Result}");
        }

        return output;
    }
}
