namespace Hub.Data.Generation;

/// <summary>The import format the generator writes (README, "Import formats").</summary>
public enum DataFileFormat
{
    /// <summary><c>&lt;data set&gt;.csv</c>: header row, RFC 4180.</summary>
    Csv,

    /// <summary><c>&lt;data set&gt;.jsonl</c>: one JSON object per line.</summary>
    JsonLines,
}
