using Hub.Testing;

namespace Hub.GraphQL.Tests.Differential;

/// <summary>Locations of the differential corpus in the repository.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository's root folder.</summary>
    public static string Root => Repository.Root;

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
}
