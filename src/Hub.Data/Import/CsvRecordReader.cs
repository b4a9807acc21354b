using System.Text;
using System.Text.Unicode;

namespace Hub.Data.Import;

/// <summary>
/// Streams an RFC 4180 CSV file (UTF-8, header row, quoted fields may span lines). Each record is decoded strictly,
/// so a record with invalid UTF-8 is reported on its own line instead of corrupting its neighbours.
/// </summary>
public sealed class CsvRecordReader : IRecordReader
{
    private readonly IEnumerator<(long Line, ReadOnlyMemory<byte> Bytes)> _records;

    /// <summary>Reads the header row at once, so a file whose header is wrong is refused before any record is read.</summary>
    public CsvRecordReader(Stream stream)
    {
        _records = RecordSplitter.Split(stream, quoteAware: true).GetEnumerator();
        Header = _records.MoveNext()
            ? ReadHeader(_records.Current.Bytes.Span)
            : throw new InvalidDataException("The CSV file is empty: a header row naming the columns is required.");
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Header { get; }

    /// <inheritdoc />
    public IEnumerable<RawRecord> ReadRecords()
    {
        using var records = _records;
        while (records.MoveNext())
        {
            var (line, bytes) = records.Current;
            if (bytes.Length == 0)
            {
                continue;
            }

            yield return ToRecord(line, bytes.Span);
        }
    }

    /// <summary>The header's column names, trimmed, after any byte order marks.</summary>
    private static string[] ReadHeader(ReadOnlySpan<byte> bytes)
    {
        // Marks are dropped only from a readable header, so an unreadable one is reported at its offsets in the file.
        var names = bytes;
        var readable = Utf8.IsValid(bytes);
        while (readable && names.StartsWith(Encoding.UTF8.Preamble))
        {
            names = names[Encoding.UTF8.Preamble.Length..];
        }

        var header = ToRecord(1, names);
        return header.Fields?.Select(h => (h ?? "").Trim()).ToArray() ?? throw new InvalidDataException($"The CSV header: {header.Problem}.");
    }

    private static RawRecord ToRecord(long line, ReadOnlySpan<byte> bytes)
    {
        // Most records are valid UTF-8 without quotes: they are cut at comma bytes and each field is decoded on its
        // own (no byte of a multi-byte UTF-8 sequence is a comma), which spares a string of the whole record.
        if (!bytes.Contains((byte)'"') && Utf8.IsValid(bytes))
        {
            return new RawRecord(line, SplitUtf8(bytes), null);
        }

        var text = RecordSplitter.Decode(bytes, out var problem);
        return text is null ? new RawRecord(line, null, problem) : new RawRecord(line, Split(text), null);
    }

    /// <summary>Splits a record of valid UTF-8 without quotes; an empty field is absent (null).</summary>
    private static string?[] SplitUtf8(ReadOnlySpan<byte> bytes)
    {
        var fields = new string?[bytes.Count((byte)',') + 1];
        var start = 0;
        for (var f = 0; f < fields.Length; f++)
        {
            var length = f == fields.Length - 1 ? bytes.Length - start : bytes[start..].IndexOf((byte)',');
            fields[f] = length == 0 ? null : Encoding.UTF8.GetString(bytes.Slice(start, length));
            start += length + 1;
        }

        return fields;
    }

    /// <summary>Splits a record with quotes into fields; an empty unquoted field is absent (null), <c>""</c> is an empty string.</summary>
    private static string?[] Split(string text)
    {
        var fields = new List<string?>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            var quoted = i < text.Length && text[i] == '"';
            if (quoted)
            {
                i++;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                while (i < text.Length && text[i] != ',')
                {
                    field.Append(text[i++]);
                }
            }
            else
            {
                var end = text.IndexOf(',', i);
                end = end < 0 ? text.Length : end;
                field.Append(text, i, end - i);
                i = end;
            }

            fields.Add(quoted || field.Length > 0 ? field.ToString() : null);
            if (i >= text.Length)
            {
                return fields.ToArray();
            }

            i++;
        }
    }
}
