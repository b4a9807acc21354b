using System.CommandLine;
using Hub.Data.Commands;
using Hub.Data.Generation;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Hub.Server.Hosting;

namespace Hub.Server.Cli;

/// <summary><c>hub data import</c> and <c>hub data generate</c>: bulk ingestion and the synthetic scenario generator.</summary>
internal static class DataCommands
{
    public static Command Create()
    {
        var data = new Command("data", "Import shared data sets or generate synthetic ones.");
        data.Subcommands.Add(Import());
        data.Subcommands.Add(Generate());
        return data;
    }

    private static Command Import()
    {
        var target = new Argument<string>("data-set-or-folder") { Description = "A data set (e.g. admin_penalty) followed by its file, or a folder of <data set>.csv|.jsonl files." };
        var file = new Argument<string?>("file") { Description = "The .csv or .jsonl file (omit for the folder form).", Arity = ArgumentArity.ZeroOrOne };
        var batch = new Option<int>("--batch-size") { Description = "Rows per transaction.", DefaultValueFactory = _ => 50_000 }.AtLeastOne();
        var writers = new Option<int?>("--writers") { Description = "Batches stored at once, each on its own connection (PostgreSQL; default 2)." }.AtLeastOne();
        var maxFieldLength = new Option<int>("--max-field-length")
        {
            Description = "The longest field accepted, in characters; a longer one rejects its row.",
            DefaultValueFactory = _ => RowParser.DefaultMaxFieldLength,
        }.AtLeastOne();
        var command = new Command("import", "Import a file (or a folder of files) into the shared data; rejects go to a report.") { target, file, batch, writers, maxFieldLength };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var database = HubApplication.Database(CommandLineSettings.Current);
            return await ImportCommand.RunAsync(database, parse.GetValue(target)!, parse.GetValue(file), CommandConsole.Create(), parse.GetValue(batch),
                parse.GetValue(writers), parse.GetValue(maxFieldLength), ct => ImportDirectory.LoadAsync(database, ct), cancellationToken);
        });
        return command;
    }

    private static Command Generate()
    {
        var scale = new Option<int>("--scale") { Description = "Volume multiplier; 1 reproduces the seed documents' figures.", DefaultValueFactory = _ => 1 }.AtLeastOne();
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same files.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Output folder.", Required = true };
        var format = new Option<string>("--format") { Description = "File format: csv or jsonl.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var command = new Command("generate", "Write synthetic data in the import formats plus expected-clues.json.") { scale, seed, output, format };
        command.SetAction(parse => GenerateCommand.Run(parse.GetValue(scale), parse.GetValue(seed), parse.GetValue(output)!, Console.Out,
            parse.GetValue(format) == "jsonl" ? DataFileFormat.JsonLines : DataFileFormat.Csv));
        return command;
    }
}
