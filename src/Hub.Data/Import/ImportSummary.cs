namespace Hub.Data.Import;

/// <summary>The counts of one file's import.</summary>
public sealed record ImportSummary(string File, string DataSet, long Read, long Inserted, long Updated, long Unchanged, long Rejected, long Flagged, TimeSpan Elapsed)
{
    /// <summary>Rows stored or confirmed per second.</summary>
    public double RowsPerSecond => Read / Math.Max(Elapsed.TotalSeconds, 1e-6);
}
