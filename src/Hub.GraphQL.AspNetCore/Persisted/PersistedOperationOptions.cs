namespace Hub.GraphQL.AspNetCore.Persisted;

/// <summary>Persisted operations: documents known by id, and automatic persisted queries (APQ).</summary>
public sealed class PersistedOperationOptions
{
    /// <summary>
    /// Folder of trusted documents, one file per document named <c>{id}.graphql</c>; requests may send
    /// <c>"id"</c> instead of <c>"query"</c>. Null disables the store.
    /// </summary>
    public string? DocumentsFolder { get; set; }

    /// <summary>Reject requests that send their own document text (trusted documents only).</summary>
    public bool OnlyAllowPersistedDocuments { get; set; }

    /// <summary>Accept Apollo's automatic persisted queries (<c>extensions.persistedQuery.sha256Hash</c>).</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many automatically persisted documents are remembered.</summary>
    public int AutomaticPersistedQueryCacheSize { get; set; } = 1000;
}
