using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Data.Import;

namespace Hub.Data.Generation;

/// <summary>
/// Writes one data set's JSON Lines file in the import format: one object per line, absent values left out, numbers
/// and booleans as JSON numbers and booleans, everything else as strings (Chinese text unescaped).
/// </summary>
internal sealed class JsonLinesDataWriter : DataFileWriter
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Utf8JsonWriter _json;

    public JsonLinesDataWriter(string path, DataSetDescriptor dataSet) : base(path, dataSet) => _json = new Utf8JsonWriter(Stream, s_options);

    /// <summary>A record with the wrong number of fields is written as a JSON array, which the import cannot read as a row.</summary>
    public override string MisshapenReason => "not a JSON object";

    public override void Dispose()
    {
        _json.Dispose();
        Stream.Dispose();
    }

    protected override void WriteRecord(IReadOnlyList<string?> fields)
    {
        if (fields.Count != Columns.Length)
        {
            _json.WriteStartArray();
            foreach (var field in fields)
            {
                _json.WriteStringValue(field);
            }

            _json.WriteEndArray();
        }
        else
        {
            _json.WriteStartObject();
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i] is { } text)
                {
                    _json.WritePropertyName(Columns[i]);
                    WriteValue(DataSet.FileColumns[i].ValueType, text);
                }
            }

            _json.WriteEndObject();
        }

        EndLine();
    }

    protected override void WriteInvalidRecord(string agency, string recordId, byte[] invalid)
    {
        _json.WriteStartObject();
        _json.WriteString("source_agency", agency);
        _json.WritePropertyName("source_record_id");
        _json.Flush();
        Stream.Write([(byte)'"', .. System.Text.Encoding.UTF8.GetBytes(recordId), .. invalid, (byte)'"', (byte)'}']);
        _json.Reset();
        Stream.WriteByte((byte)'\n');
    }

    private void WriteValue(Type type, string text)
    {
        if ((type == typeof(decimal) || type == typeof(short))
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            _json.WriteRawValue(text);
        }
        else if (type == typeof(bool) && text is "true" or "false")
        {
            _json.WriteBooleanValue(text == "true");
        }
        else
        {
            _json.WriteStringValue(text);
        }
    }

    private void EndLine()
    {
        _json.Flush();
        _json.Reset();
        Stream.WriteByte((byte)'\n');
    }
}
