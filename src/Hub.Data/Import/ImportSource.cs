namespace Hub.Data.Import;

/// <summary>A file opened for import: its data set, its reader past the header, and the parser bound to that header.</summary>
internal sealed record ImportSource(DataSetDescriptor DataSet, string Path, Stream Stream, IRecordReader Reader, RowParser Parser) : IDisposable
{
    /// <summary>The share of the file read so far (0–1).</summary>
    public double Share => (double)Stream.Position / Math.Max(1, Stream.Length);

    /// <inheritdoc />
    public void Dispose() => Stream.Dispose();
}
