using System.Runtime.CompilerServices;

namespace Hub.GraphQL.Tests.Snapshots;

/// <summary>Reads files by their path from the repository root (the folder holding <c>Hub.sln</c>).</summary>
public static class RepositoryFiles
{
    /// <summary>The text of <paramref name="relativePath"/> (e.g. <c>tests/Hub.GraphQL.Conformance/cases/features/schema.graphql</c>).</summary>
    public static string ReadAllText(string relativePath) => File.ReadAllText(Path.Combine(Root(), relativePath));

    private static string Root([CallerFilePath] string thisFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(thisFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Hub.sln not found above " + thisFile);
    }
}
