namespace Hub.Data.Import;

/// <summary>Stores batches of validated rows, each batch in one transaction: all of it or none of it.</summary>
public interface IBatchWriter : IAsyncDisposable
{
    /// <summary>Upserts the rows on (source agency, source record id), identical rows left untouched, and registers the batch's entities.</summary>
    Task<BatchResult> WriteAsync(ParsedBatch batch, CancellationToken cancellationToken);

    /// <summary>Called once after the last batch was written; a writer that spans batches makes them final here.</summary>
    Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
