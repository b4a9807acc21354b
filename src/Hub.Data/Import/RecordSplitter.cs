using System.Text;

namespace Hub.Data.Import;

/// <summary>Cuts a byte stream into records without decoding it, so each record's encoding is checked on its own.</summary>
internal static class RecordSplitter
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes one record strictly; returns null and a reason when the bytes are not valid UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        try
        {
            problem = null;
            return s_strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"invalid UTF-8 (byte offset {e.Index} in the record)";
            return null;
        }
    }

    /// <summary>
    /// Splits a stream into records at line feeds (outside quotes when <paramref name="quoteAware"/>), with each record's
    /// first line number. A record is valid until the next one is read: records inside the read buffer are not copied.
    /// </summary>
    public static IEnumerable<(long Line, ReadOnlyMemory<byte> Bytes)> Split(Stream stream, bool quoteAware)
    {
        var buffer = new byte[1 << 20];
        var spill = new MemoryStream(); // the start of a record that continues in the next read
        var inQuotes = false;
        long line = 1;
        var recordLine = line;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            var i = 0;
            while (i < read)
            {
                // Vectorised search for the next quote or line feed; everything in between is plain content.
                var span = buffer.AsSpan(i, read - i);
                var found = quoteAware ? span.IndexOfAny((byte)'"', (byte)'\n') : span.IndexOf((byte)'\n');
                if (found < 0)
                {
                    break;
                }

                i += found;
                if (buffer[i] == (byte)'"')
                {
                    inQuotes = !inQuotes;
                }
                else
                {
                    line++;
                    if (!inQuotes)
                    {
                        if (spill.Length == 0)
                        {
                            yield return (recordLine, TrimCarriageReturn(buffer.AsMemory(start, i - start)));
                        }
                        else
                        {
                            spill.Write(buffer, start, i - start);
                            yield return (recordLine, TrimCarriageReturn(spill.GetBuffer().AsMemory(0, (int)spill.Length)));
                            spill.SetLength(0);
                        }

                        recordLine = line;
                        start = i + 1;
                    }
                }

                i++;
            }

            spill.Write(buffer, start, read - start);
        }

        if (spill.Length > 0)
        {
            yield return (recordLine, TrimCarriageReturn(spill.GetBuffer().AsMemory(0, (int)spill.Length)));
        }
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> record) =>
        record.Length > 0 && record.Span[^1] == (byte)'\r' ? record[..^1] : record;
}
