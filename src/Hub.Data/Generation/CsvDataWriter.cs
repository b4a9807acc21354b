using System.Text;
using Hub.Data.Import;

namespace Hub.Data.Generation;

/// <summary>Writes one data set's CSV file in the import format: a header row, RFC 4180 quoting, LF line ends.</summary>
internal sealed class CsvDataWriter : DataFileWriter
{
    private readonly StreamWriter _writer;

    public CsvDataWriter(string path, DataSetDescriptor dataSet) : base(path, dataSet)
    {
        _writer = new StreamWriter(Stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        _writer.WriteLine(string.Join(',', Columns));
        Line = 1;
    }

    public override string MisshapenReason => "wrong column count";

    public override void Dispose() => _writer.Dispose();

    protected override void WriteRecord(IReadOnlyList<string?> fields) => _writer.WriteLine(string.Join(',', fields.Select(Escape)));

    protected override void WriteInvalidRecord(string agency, string recordId, byte[] invalid)
    {
        _writer.Write($"{agency},{recordId},");
        _writer.Flush();
        Stream.Write(invalid);
        _writer.WriteLine();
    }

    private static string Escape(string? value) =>
        value is null ? "" : value.Length == 0 ? "\"\"" : value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
