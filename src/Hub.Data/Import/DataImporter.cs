using System.Threading.Channels;
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

    /// <summary>Batches stored at once, each on its own connection and in its own transaction.</summary>
    public int Writers { get; init; } = 1;

    /// <summary>The longest field, in characters, of any column; a longer one rejects its row (default one million).</summary>
    public int MaxFieldLength { get; init; } = RowParser.DefaultMaxFieldLength;

    /// <summary>
    /// Begins a load of a data set whose table is empty as one writer spanning every batch (see
    /// <see cref="PostgresInitialLoad"/>, <see cref="SqliteInitialLoad"/>), or returns null when the table holds rows.
    /// </summary>
    public Func<DataSetDescriptor, CancellationToken, Task<IBatchWriter?>>? BeginInitialLoad { get; init; }

    /// <summary>Called once the rows are stored, when some were inserted or updated (PostgreSQL refreshes its statistics).</summary>
    public Func<DataSetDescriptor, CancellationToken, Task>? AfterChange { get; init; }

    /// <summary>Called after each batch with the records read so far and the share of the file consumed (0–1).</summary>
    public Action<long, double>? Progress { get; init; }

    /// <summary>
    /// The agency directory (code → GB/T 2260 region) rows are checked against: each must name one of its agencies and
    /// lie within that agency's region (a row without a region takes it). Null: agencies and regions are taken as given.
    /// </summary>
    public IReadOnlyDictionary<string, string>? AgencyRegions { get; init; }

    /// <summary>The descriptor of a data set by name.</summary>
    public DataSetDescriptor Describe(string dataSet)
    {
        var entityType = model.GetEntityTypes().FirstOrDefault(e => e.GetTableName() == dataSet && e.ClrType.IsAssignableTo(typeof(Model.SharedRecord)))
            ?? throw new InvalidDataException($"Unknown data set '{dataSet}'. Known: {string.Join(", ", HubDataContext.DataSetTypes.Select(t => model.FindEntityType(t)!.GetTableName()))}.");
        return DataSetDescriptor.Create(entityType);
    }

    /// <summary>
    /// Checks that <paramref name="path"/> can be imported into <paramref name="dataSet"/> (known data set, supported
    /// file type, a header naming the data set's columns) without reading its records.
    /// </summary>
    public void Check(string dataSet, string path) => Open(dataSet, path).Dispose();

    /// <summary>Imports <paramref name="path"/> (.csv or .jsonl) into <paramref name="dataSet"/>, appending problems to <paramref name="rejects"/>.</summary>
    public async Task<ImportSummary> ImportAsync(string dataSet, string path, RejectReport rejects, CancellationToken cancellationToken = default)
    {
        using var telemetry = new ImportTelemetry(dataSet);
        try
        {
            var summary = await ImportFileAsync(dataSet, path, rejects, cancellationToken);
            telemetry.Completed(summary);
            return summary;
        }
        catch (Exception exception)
        {
            telemetry.Failed(exception);
            throw;
        }
    }

    private async Task<ImportSummary> ImportFileAsync(string dataSet, string path, RejectReport rejects, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var source = Open(dataSet, path);
        var descriptor = source.DataSet;
        var stored = new StoreCounts();
        var initialLoad = BeginInitialLoad is null ? null : await BeginInitialLoad(descriptor, cancellationToken);
        // Reading and validation run on their own threads, ahead of the database, so CPU work and I/O overlap; each
        // writer stores whole batches on its own connection, so the database's work on one batch overlaps with the next.
        var writerCount = initialLoad is null ? Writers : 1;
        var batches = Channel.CreateBounded<QueuedBatch>(new BoundedChannelOptions(writerCount + 1) { SingleReader = writerCount == 1, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var counts = new BatchProducer(source, rejects, BatchSize);
        var producer = Task.Run(() => counts.RunAsync(batches.Writer, stop.Token), stop.Token);
        var writers = initialLoad is null
            ? Enumerable.Range(0, Writers).Select(_ => Task.Run(async () => await StoreAsync(await openWriter(descriptor, stop.Token), batches.Reader, stored, stop.Token), stop.Token)).ToArray()
            : [Task.Run(() => StoreAsync(initialLoad, batches.Reader, stored, stop.Token), stop.Token)];
        try
        {
            await Task.WhenAll(writers);
        }
        catch
        {
            // A writer failed: stop the reader (it may be waiting for room in the channel) and the other writers before reporting.
            await stop.CancelAsync();
            await Task.WhenAll([producer, .. writers]).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        await producer;
        if (AfterChange is not null && stored.Inserted + stored.Updated > 0)
        {
            await AfterChange(descriptor, cancellationToken);
        }

        return new ImportSummary(path, dataSet, counts.Read, stored.Inserted, stored.Updated, stored.Unchanged, counts.Rejected, counts.Flagged, started.Elapsed);
    }

    /// <summary>Opens a file for import with its header checked; what is wrong with the file is an error naming it.</summary>
    private ImportSource Open(string dataSet, string path)
    {
        var descriptor = Describe(dataSet);
        Func<Stream, IRecordReader> readerOf = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => stream => new CsvRecordReader(stream),
            ".jsonl" or ".ndjson" => stream => new JsonLinesRecordReader(stream, descriptor.FileColumns.Select(c => c.Name).ToArray()),
            var other => throw new InvalidDataException($"{path}: unsupported file type '{other}' (expected .csv or .jsonl)."),
        };
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            // An empty file is more likely a failed export than "nothing new", whichever its format.
            if (stream.Length == 0)
            {
                throw new InvalidDataException("The file is empty: a .csv file needs its header row and a .jsonl file at least one record.");
            }

            var reader = readerOf(stream);
            return new ImportSource(descriptor, path, stream, reader, new RowParser(descriptor, reader.Header, MaxFieldLength, AgencyRegions));
        }
        catch (InvalidDataException e)
        {
            stream.Dispose();
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private async Task StoreAsync(IBatchWriter writer, ChannelReader<QueuedBatch> batches, StoreCounts stored, CancellationToken cancellationToken)
    {
        await using var _ = writer;
        await foreach (var batch in batches.ReadAllAsync(cancellationToken))
        {
            var result = await writer.WriteAsync(batch.Batch, cancellationToken);
            lock (stored)
            {
                (stored.Inserted, stored.Updated, stored.Unchanged) = (stored.Inserted + result.Inserted, stored.Updated + result.Updated, stored.Unchanged + result.Unchanged);
                // Batches may finish out of order; progress only moves forward.
                stored.ReadSoFar = Math.Max(stored.ReadSoFar, batch.ReadSoFar);
                stored.Share = Math.Max(stored.Share, batch.Share);
                Progress?.Invoke(stored.ReadSoFar, stored.Share);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private sealed class StoreCounts
    {
        public long Inserted;
        public long Updated;
        public long Unchanged;
        public long ReadSoFar;
        public double Share;
    }
}
