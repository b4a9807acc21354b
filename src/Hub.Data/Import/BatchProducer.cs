using System.Threading.Channels;

namespace Hub.Data.Import;

/// <summary>
/// The reading side of an import, in two stages on two threads so that a second core shares the CPU work: the first
/// reads and validates records, the second drops in-file duplicates, writes the reject report in file order, and cuts
/// batches together with their persons and organisations.
/// </summary>
internal sealed class BatchProducer(ImportSource source, RejectReport rejects, int batchSize)
{
    private const int ChunkSize = 1_000;

    /// <summary>Records read.</summary>
    public long Read { get; private set; }

    /// <summary>Records rejected.</summary>
    public long Rejected { get; private set; }

    /// <summary>Problems reported on rows that were kept (invalid optional keys).</summary>
    public long Flagged { get; private set; }

    /// <summary>Writes every batch of the file to <paramref name="output"/>, then completes it (with the error, on failure).</summary>
    public async Task RunAsync(ChannelWriter<QueuedBatch> output, CancellationToken cancellationToken)
    {
        try
        {
            var chunks = Channel.CreateBounded<ParsedChunk>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
            var parsing = Task.Run(() => ParseAsync(chunks.Writer, cancellationToken), cancellationToken);
            await BatchAsync(chunks.Reader, output, cancellationToken);
            await parsing;
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }

    private async Task ParseAsync(ChannelWriter<ParsedChunk> output, CancellationToken cancellationToken)
    {
        try
        {
            var chunk = new List<ParsedRecord>(ChunkSize);
            foreach (var record in source.Reader.ReadRecords())
            {
                var problems = new List<Rejection>(0);
                chunk.Add(new ParsedRecord(source.Parser.Parse(source.Path, record, problems), problems));
                if (chunk.Count == ChunkSize)
                {
                    await output.WriteAsync(new ParsedChunk(chunk, source.Share), cancellationToken);
                    chunk = new List<ParsedRecord>(ChunkSize);
                }
            }

            await output.WriteAsync(new ParsedChunk(chunk, 1), cancellationToken);
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }

    private async Task BatchAsync(ChannelReader<ParsedChunk> chunks, ChannelWriter<QueuedBatch> output, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<UInt128, long>();
        var batch = new List<ParsedRow>(batchSize);
        var share = 0.0;
        await foreach (var chunk in chunks.ReadAllAsync(cancellationToken))
        {
            foreach (var (parsed, problems) in chunk.Records)
            {
                Read++;
                var row = parsed;
                if (row is not null && !seen.TryAdd(row.UpsertKey, row.Line))
                {
                    problems.Add(new Rejection(source.Path, row.Line, "source_record_id", $"duplicate within the file (first at line {seen[row.UpsertKey]})"));
                    row = null;
                }

                if (problems.Count > 0)
                {
                    Flagged += problems.Count(p => p.Kept);
                    await rejects.WriteAsync(problems);
                }

                if (row is null)
                {
                    Rejected++;
                    continue;
                }

                batch.Add(row);
                if (batch.Count >= batchSize)
                {
                    await output.WriteAsync(Queue(batch, share), cancellationToken);
                    batch = new List<ParsedRow>(batchSize);
                }
            }

            share = chunk.Share;
        }

        if (batch.Count > 0)
        {
            await output.WriteAsync(Queue(batch, 1), cancellationToken);
        }
    }

    private QueuedBatch Queue(List<ParsedRow> rows, double share) => new(new ParsedBatch(rows, BatchEntities.Of(source.DataSet, rows)), Read, share);

    private sealed record ParsedRecord(ParsedRow? Row, List<Rejection> Problems);

    private sealed record ParsedChunk(List<ParsedRecord> Records, double Share);
}
