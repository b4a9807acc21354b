using Hub.Server.Cli;
using Hub.Server.Schema;
using Hub.Testing;

namespace Hub.Server.Tests.Cli;

public sealed class SchemaExportTests
{
    [Fact]
    public async Task Schema_export_writes_the_served_schema_to_the_output_file()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("hub-schema-").FullName, "nested", "hub.graphql");

        var exitCode = await HubCommandLine.RunAsync(["schema", "export", "--output", file]);

        Assert.Equal(0, exitCode);
        Assert.Equal(HubSchemaFactory.Create().ToSdl() + "\n", await File.ReadAllTextAsync(file));
        Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(file))!, recursive: true);
    }

    [Fact]
    public async Task The_committed_schema_file_equals_the_exported_schema()
    {
        var committed = Path.Combine(Repository.Root, "schema", "hub.graphql");
        var exported = Path.Combine(Directory.CreateTempSubdirectory("hub-schema-").FullName, "hub.graphql");
        await HubCommandLine.RunAsync(["schema", "export", "--output", exported]);

        Assert.True(File.Exists(committed), "schema/hub.graphql is missing: run `dotnet run --project src/Hub.Server -- schema export --output ../../schema/hub.graphql` (dotnet run starts in the project folder).");
        Assert.True(await File.ReadAllTextAsync(exported) == await File.ReadAllTextAsync(committed),
            "schema/hub.graphql differs from the served schema: run `dotnet run --project src/Hub.Server -- schema export --output ../../schema/hub.graphql` (dotnet run starts in the project folder) and commit it.");
    }
}
