using Hub.Data.Hosting;
using Hub.Data.Import;
using Spectre.Console;

namespace Hub.Server.Cli;

/// <summary><c>hub data import &lt;data set&gt; &lt;file&gt;</c> or <c>hub data import &lt;folder&gt;</c>, with a progress bar and a summary.</summary>
internal static class ImportCommand
{
    /// <summary>
    /// Imports; returns 0 when nothing was rejected and 2 when rows were rejected. A file that cannot be imported at
    /// all (missing, unsupported, a wrong header) throws <see cref="IOException"/> or <see cref="InvalidDataException"/>
    /// naming it, and in the folder form every file is checked before any is imported. Rows are checked against the
    /// agency directory <paramref name="agencyDirectory"/> reads once the files passed (see <see cref="DataImporter.AgencyRegions"/>).
    /// </summary>
    public static async Task<int> RunAsync(
        HubDatabase database,
        string dataSetOrFolder,
        string? file,
        IAnsiConsole console,
        int batchSize = 50_000,
        int? writers = null,
        int maxFieldLength = RowParser.DefaultMaxFieldLength,
        Func<CancellationToken, Task<IReadOnlyDictionary<string, string>>>? agencyDirectory = null,
        CancellationToken cancellationToken = default)
    {
        if (file is null && !Directory.Exists(dataSetOrFolder))
        {
            throw new DirectoryNotFoundException($"No folder {dataSetOrFolder}. To import one file, name its data set first: hub data import <data set> <file>.");
        }

        if (file is not null && !File.Exists(file))
        {
            throw new FileNotFoundException($"No file {file}.", file);
        }

        var work = file is null
            ? DataFolder.Files(dataSetOrFolder).ToArray()
            : [(dataSetOrFolder, file)];
        if (work.Length == 0)
        {
            throw new FileNotFoundException($"No .csv or .jsonl files in {dataSetOrFolder}.");
        }

        var checker = database.CreateImporter();
        foreach (var (dataSet, path) in work)
        {
            checker.Check(dataSet, path);
        }

        await database.MigrateAsync(cancellationToken);
        var agencyRegions = agencyDirectory is null ? null : await agencyDirectory(cancellationToken);
        var reportPath = (file ?? Path.Combine(dataSetOrFolder, "import")) + ".rejects.csv";
        await using var rejects = new RejectReport(reportPath);
        var summaries = new List<ImportSummary>();
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RowsPerSecondColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                foreach (var (dataSet, path) in work)
                {
                    var task = progress.AddTask(dataSet, maxValue: 1);
                    var started = DateTime.UtcNow;
                    var importer = database.CreateImporter(batchSize, (read, share) =>
                    {
                        task.Description = $"{dataSet} {read:N0} rows";
                        task.Value = share;
                        RowsPerSecondColumn.Report(task, read / Math.Max((DateTime.UtcNow - started).TotalSeconds, 1e-3));
                    }, writers, maxFieldLength, agencyRegions);
                    summaries.Add(await importer.ImportAsync(dataSet, path, rejects, cancellationToken));
                    task.Value = 1;
                }
            });

        var table = new Table().AddColumns("data set", "read", "inserted", "updated", "unchanged", "rejected", "flagged", "rows/s");
        foreach (var s in summaries)
        {
            table.AddRow(s.DataSet, $"{s.Read:N0}", $"{s.Inserted:N0}", $"{s.Updated:N0}", $"{s.Unchanged:N0}", $"{s.Rejected:N0}", $"{s.Flagged:N0}", $"{s.RowsPerSecond:N0}");
        }

        console.Write(table);
        var rejected = summaries.Sum(s => s.Rejected);
        console.MarkupLineInterpolated($"Reject report: {reportPath} ({rejects.Entries.Count} entries).");
        return rejected > 0 ? 2 : 0;
    }
}
