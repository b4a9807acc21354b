namespace Hub.GraphQL.Tests.Validation;

/// <summary>Finds files of the repository from the test's output folder (the repository root holds Hub.sln).</summary>
internal static class RepositoryFiles
{
    public static string PathOf(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hub.sln")))
            {
                return Path.Combine(directory.FullName, relativePath);
            }
        }

        throw new InvalidOperationException($"No Hub.sln above {AppContext.BaseDirectory}; cannot locate {relativePath}.");
    }
}
