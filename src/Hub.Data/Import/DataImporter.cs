using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Data.Import;

/// <summary>
/// Imports one file into one data set: streams the records, validates each, drops in-file duplicates, and stores
/// the good rows in batches through an <see cref="IBatchWriter"/>. Every problem goes to the reject report.
/// </summary>
public sealed class DataImporter(IModel model, Func<DataSetDescriptor, CancellationToken, Task<IBatchWriter>> openWriter)
{
    /// <summary>Rows per transaction.</summary>
    public int BatchSize { get; init; } = 50_000;

    /// <summary>Called after each batch with the number of records read so far.</summary>
    public Action<long>? Progress { get; init; }

    /// <summary>The descriptor of a data set by name.</summary>
    public DataSetDescriptor Describe(string dataSet)
    {
        var entityType = model.GetEntityTypes().FirstOrDefault(e => e.GetTableName() == dataSet && e.ClrType.BaseType == typeof(Model.SharedRecord))
            ?? throw new ArgumentException($"Unknown data set '{dataSet}'. Known: {string.Join(", ", HubDataContext.DataSetTypes.Select(t => model.FindEntityType(t)!.GetTableName()))}.");
        return DataSetDescriptor.Create(entityType);
    }

    /// <summary>Imports <paramref name="path"/> (.csv or .jsonl) into <paramref name="dataSet"/>, appending problems to <paramref name="rejects"/>.</summary>
    public async Task<ImportSummary> ImportAsync(string dataSet, string path, RejectReport rejects, CancellationToken cancellationToken = default)
    {
        var descriptor = Describe(dataSet);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        IRecordReader reader = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => new CsvRecordReader(stream),
            ".jsonl" or ".ndjson" => new JsonLinesRecordReader(stream, descriptor.FileColumns.Select(c => c.Name).ToArray()),
            var other => throw new ArgumentException($"{path}: unsupported file type '{other}' (expected .csv or .jsonl)."),
        };

        await using var writer = await openWriter(descriptor, cancellationToken);
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var batch = new List<ParsedRow>(BatchSize);
        var problems = new List<Rejection>();
        long read = 0, inserted = 0, updated = 0, unchanged = 0, rejected = 0, flagged = 0;
        RowParser? parser = null;
        foreach (var record in reader.ReadRecords())
        {
            parser ??= new RowParser(descriptor, reader.Header);
            read++;
            var row = parser.Parse(path, record, problems);
            if (row is not null && !seen.TryAdd(row.UpsertKey, row.Line))
            {
                problems.Add(new Rejection(path, row.Line, "source_record_id", $"duplicate within the file (first at line {seen[row.UpsertKey]})"));
                row = null;
            }

            rejected += row is null ? 1 : 0;
            flagged += problems.Count(p => p.Kept);
            await rejects.WriteAsync(problems);
            problems.Clear();
            if (row is null)
            {
                continue;
            }

            batch.Add(row);
            if (batch.Count >= BatchSize)
            {
                (inserted, updated, unchanged) = Add(await writer.WriteAsync(batch, cancellationToken), inserted, updated, unchanged);
                batch.Clear();
                Progress?.Invoke(read);
            }
        }

        if (batch.Count > 0)
        {
            (inserted, updated, unchanged) = Add(await writer.WriteAsync(batch, cancellationToken), inserted, updated, unchanged);
        }

        Progress?.Invoke(read);
        return new ImportSummary(path, dataSet, read, inserted, updated, unchanged, rejected, flagged, started.Elapsed);
    }

    private static (long, long, long) Add(BatchResult result, long inserted, long updated, long unchanged) =>
        (inserted + result.Inserted, updated + result.Updated, unchanged + result.Unchanged);
}
