using System.Xml.Linq;
using Hub.Testing;

namespace Hub.Server.Tests.Architecture;

/// <summary>
/// Dependencies point one way: engine ← data conventions ← domain ← host. Each product project lists the projects
/// it may reference; a new project fails here until it is given its place.
/// </summary>
public sealed class ProjectDependencyTests
{
    private static readonly Dictionary<string, string[]> s_allowedReferences = new(StringComparer.Ordinal)
    {
        ["Hub.GraphQL"] = [],
        ["Hub.GraphQL.Data"] = ["Hub.GraphQL"],
        ["Hub.GraphQL.AspNetCore"] = ["Hub.GraphQL"],
        ["Hub.Data"] = [],
        ["Hub.Identity"] = ["Hub.Data"], // the hub's one database setting and migrator
        ["Hub.Privacy"] = ["Hub.Data"], // what it needs of Identity comes through interfaces the host implements
        ["Hub.Supervision"] = ["Hub.Data", "Hub.Privacy"],
        ["Hub.Server"] = ["Hub.GraphQL.AspNetCore", "Hub.GraphQL.Data", "Hub.Data", "Hub.Identity", "Hub.Privacy", "Hub.Supervision"],
    };

    public static TheoryData<string> ProductProjects() =>
        [.. Directory.GetDirectories(Repository.File("src")).Select(folder => new DirectoryInfo(folder).Name).Where(name => File.Exists(ProjectFile(name)))];

    [Theory]
    [MemberData(nameof(ProductProjects))]
    public void A_product_project_references_only_the_layers_below_it(string project)
    {
        Assert.True(s_allowedReferences.TryGetValue(project, out var allowed), $"{project} has no place in the dependency table.");
        var referenced = Elements(project, "ProjectReference")
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .ToArray();

        Assert.Empty(referenced.Except(allowed));
    }

    [Fact]
    public void The_engine_references_neither_ASP_NET_Core_nor_EF_Core()
    {
        var packages = Elements("Hub.GraphQL", "PackageReference").Concat(Elements("Hub.GraphQL", "FrameworkReference"));

        Assert.Equal(["Microsoft.Extensions.DependencyInjection.Abstractions"], packages);
    }

    [Theory]
    [InlineData("Hub.Data")]
    [InlineData("Hub.Privacy")]
    [InlineData("Hub.Supervision")]
    public void The_domain_libraries_do_not_reference_ASP_NET_Core(string project) =>
        Assert.DoesNotContain("Microsoft.AspNetCore.App", Elements(project, "FrameworkReference"));

    [Fact]
    public void Nothing_but_the_tests_references_the_host()
    {
        var referencingHost = Directory.GetFiles(Repository.File("src"), "*.csproj", SearchOption.AllDirectories)
            .Where(file => XDocument.Load(file).Descendants("ProjectReference")
                .Any(reference => reference.Attribute("Include")!.Value.EndsWith("Hub.Server.csproj", StringComparison.Ordinal)))
            .Select(Path.GetFileName);

        Assert.Empty(referencingHost);
    }

    private static IEnumerable<string> Elements(string project, string element) =>
        XDocument.Load(ProjectFile(project)).Descendants(element).Select(e => e.Attribute("Include")!.Value);

    private static string ProjectFile(string project) => Repository.File("src", project, project + ".csproj");
}
