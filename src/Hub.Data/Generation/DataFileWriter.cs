using Hub.Data.Import;

namespace Hub.Data.Generation;

/// <summary>
/// Writes one data set's file in an import format (<see cref="CsvDataWriter"/>, <see cref="JsonLinesDataWriter"/>),
/// checking every column name against the model and counting lines, so bad rows can be listed in the manifest.
/// </summary>
internal abstract class DataFileWriter : IDisposable
{
    private readonly Dictionary<string, int> _positions;

    protected DataFileWriter(string path, DataSetDescriptor dataSet)
    {
        FileName = Path.GetFileName(path);
        Stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        DataSet = dataSet;
        Columns = dataSet.FileColumns.Select(c => c.Name).ToArray();
        _positions = Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
    }

    public string FileName { get; }

    public string[] Columns { get; }

    /// <summary>Line number of the last line written.</summary>
    public long Line { get; protected set; }

    /// <summary>The reason the import gives for a record written with the wrong number of fields.</summary>
    public abstract string MisshapenReason { get; }

    protected FileStream Stream { get; }

    protected DataSetDescriptor DataSet { get; }

    /// <summary>Writes a row given by column name (null = absent); returns its line number.</summary>
    public long Write(IReadOnlyDictionary<string, string?> values)
    {
        var fields = new string?[Columns.Length];
        foreach (var (name, value) in values)
        {
            fields[_positions.TryGetValue(name, out var i) ? i : throw new ArgumentException($"No column '{name}' in {FileName}.")] = value;
        }

        return WriteFields(fields);
    }

    /// <summary>Writes fields in column order exactly as given; a bad row may have the wrong count (see <see cref="MisshapenReason"/>).</summary>
    public long WriteFields(IReadOnlyList<string?> fields)
    {
        WriteRecord(fields);
        return ++Line;
    }

    /// <summary>Writes a record of the given provenance whose bytes are not valid UTF-8; returns its line number.</summary>
    public long WriteInvalidUtf8(string agency, string recordId)
    {
        WriteInvalidRecord(agency, recordId, [0xC3, 0x28, 0xFF]);
        return ++Line;
    }

    public abstract void Dispose();

    /// <summary>Writes one record and its line feed.</summary>
    protected abstract void WriteRecord(IReadOnlyList<string?> fields);

    /// <summary>Writes one record containing <paramref name="invalid"/> and its line feed.</summary>
    protected abstract void WriteInvalidRecord(string agency, string recordId, byte[] invalid);
}
