using System.Text.Json;

namespace Hub.Data.Import;

/// <summary>
/// Streams a JSON Lines file: one object per line whose property names are the data set's columns. Values may be
/// strings, numbers, booleans or null; they are read as text and parsed exactly like CSV fields.
/// </summary>
public sealed class JsonLinesRecordReader(Stream stream, IReadOnlyList<string> columns) : IRecordReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Header => columns;

    /// <inheritdoc />
    public IEnumerable<RawRecord> ReadRecords()
    {
        var positions = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        foreach (var (line, bytes) in RecordSplitter.Split(stream, quoteAware: false))
        {
            var text = RecordSplitter.Decode(bytes.Span, out var problem);
            if (text is null)
            {
                yield return new RawRecord(line, null, problem);
                continue;
            }

            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return Parse(line, text.TrimEnd('\r'), positions);
            }
        }
    }

    private RawRecord Parse(long line, string text, Dictionary<string, int> positions)
    {
        var fields = new string?[columns.Count];
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new RawRecord(line, null, "not a JSON object");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!positions.TryGetValue(property.Name, out var index))
                {
                    return new RawRecord(line, null, $"unknown column '{property.Name}'");
                }

                fields[index] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => property.Value.GetString(),
                    _ => property.Value.GetRawText(),
                };
            }
        }
        catch (JsonException e)
        {
            return new RawRecord(line, null, $"bad JSON: {e.Message}");
        }

        return new RawRecord(line, fields, null);
    }
}
