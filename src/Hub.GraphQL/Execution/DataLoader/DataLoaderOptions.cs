namespace Hub.GraphQL.Execution.DataLoader;

/// <summary>Options of a DataLoader (GreenDonut <c>DataLoaderOptions</c>).</summary>
public sealed class DataLoaderOptions
{
    /// <summary>The most keys one batch may hold; a full batch is queued and a new one started. 0 means unlimited.</summary>
    public int MaxBatchSize { get; init; } = 1024;

    /// <summary>Whether loaded values are cached for the lifetime of the DataLoader (one request).</summary>
    public bool Caching { get; init; } = true;
}
