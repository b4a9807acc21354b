using System.Text;
using Hub.Data.Import;

namespace Hub.Data.Generation;

/// <summary>Writes one data set's CSV file in the import format, checking every column name against the model.</summary>
internal sealed class CsvDataWriter : IDisposable
{
    private readonly FileStream _stream;
    private readonly StreamWriter _writer;
    private readonly Dictionary<string, int> _positions;

    public CsvDataWriter(string path, DataSetDescriptor dataSet)
    {
        FileName = Path.GetFileName(path);
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _writer = new StreamWriter(_stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        Columns = dataSet.FileColumns.Select(c => c.Name).ToArray();
        _positions = Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        _writer.WriteLine(string.Join(',', Columns));
        Line = 1;
    }

    public string FileName { get; }

    public string[] Columns { get; }

    /// <summary>Line number of the last line written.</summary>
    public long Line { get; private set; }

    public long Rows { get; private set; }

    /// <summary>Writes a row; returns its line number.</summary>
    public long Write(IReadOnlyDictionary<string, string?> values)
    {
        var fields = new string?[Columns.Length];
        foreach (var (name, value) in values)
        {
            fields[_positions.TryGetValue(name, out var i) ? i : throw new ArgumentException($"No column '{name}' in {FileName}.")] = value;
        }

        return WriteFields(fields);
    }

    /// <summary>Writes fields exactly as given (bad rows may have the wrong count).</summary>
    public long WriteFields(IEnumerable<string?> fields)
    {
        _writer.WriteLine(string.Join(',', fields.Select(Escape)));
        Rows++;
        return ++Line;
    }

    /// <summary>Writes a line whose bytes are not valid UTF-8.</summary>
    public long WriteInvalidUtf8(string prefix)
    {
        _writer.Write(prefix);
        _writer.Flush();
        _stream.Write([0xC3, 0x28, 0xFF]);
        _writer.WriteLine();
        Rows++;
        return ++Line;
    }

    public void Dispose()
    {
        _writer.Dispose();
    }

    private static string Escape(string? value) =>
        value is null ? "" : value.Length == 0 ? "\"\"" : value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
