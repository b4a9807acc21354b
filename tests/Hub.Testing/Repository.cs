namespace Hub.Testing;

/// <summary>The repository the tests run from: the folder holding <c>Hub.sln</c>, found by walking up from the test assembly.</summary>
public static class Repository
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository's root folder.</summary>
    public static string Root => s_root.Value;

    /// <summary>A path below the root.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "Hub.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Hub.sln above {AppContext.BaseDirectory}.");
    }
}
