using System.CommandLine;
using Hub.Server.Schema;

namespace Hub.Server.Cli;

/// <summary><c>hub schema export [--output file]</c>: prints the served schema's SDL (graphql-js <c>printSchema</c>).</summary>
internal static class SchemaCommands
{
    public static Command Create()
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the SDL to this file instead of the console." };
        var export = new Command("export", "Export the hub's GraphQL schema as SDL.") { output };
        export.SetAction(async (parseResult, cancellationToken) =>
        {
            var sdl = HubSchemaFactory.Create().ToSdl() + "\n";
            if (parseResult.GetValue(output) is { } file)
            {
                file.Directory?.Create();
                await File.WriteAllTextAsync(file.FullName, sdl, cancellationToken);
                Console.Error.WriteLine($"Wrote the schema to {file.FullName}");
            }
            else
            {
                Console.Out.Write(sdl);
            }

            return 0;
        });
        return new Command("schema", "Work with the hub's GraphQL schema.") { export };
    }
}
