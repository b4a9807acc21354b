namespace Hub.GraphQL.Tests.Differential;

/// <summary>Locations in the repository, found by walking up from the test binaries to <c>Hub.sln</c>.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>The execution corpus folder, one subfolder per schema.</summary>
    public static string Cases => Path.Combine(Root, "tests", "Hub.GraphQL.Conformance", "cases");

    /// <summary>The graphql-js oracle folder (graphql@16.15.0).</summary>
    public static string GraphQLJs => Path.Combine(Root, "tests", "js", "graphql-js");

    /// <summary>The corpus schemas: every folder under <see cref="Cases"/> holding a <c>schema.graphql</c>.</summary>
    public static IReadOnlyList<string> SchemaNames =>
        Directory.GetDirectories(Cases)
            .Where(folder => File.Exists(Path.Combine(folder, "schema.graphql")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Hub.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Hub.sln above {AppContext.BaseDirectory}.");
    }
}
