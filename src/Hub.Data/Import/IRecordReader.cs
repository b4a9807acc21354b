namespace Hub.Data.Import;

/// <summary>A streaming source of records in one of the import formats (CSV or JSON Lines).</summary>
public interface IRecordReader
{
    /// <summary>The column names, read when the reader is created.</summary>
    IReadOnlyList<string> Header { get; }

    /// <summary>The records in file order; each has exactly one field per header column unless the file is malformed.</summary>
    IEnumerable<RawRecord> ReadRecords();
}
