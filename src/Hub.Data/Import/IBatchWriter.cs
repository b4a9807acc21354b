namespace Hub.Data.Import;

/// <summary>Stores batches of validated rows, each batch in one transaction: all of it or none of it.</summary>
public interface IBatchWriter : IAsyncDisposable
{
    /// <summary>Upserts the rows on (source agency, source record id); identical rows are left untouched.</summary>
    Task<BatchResult> WriteAsync(IReadOnlyList<ParsedRow> rows, CancellationToken cancellationToken);
}
