using System.Buffers;
using System.Globalization;
using System.Text;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Serialization;

/// <summary>
/// Appends JSON tokens as UTF-8 to an <see cref="IBufferWriter{T}"/> with JavaScript's <c>JSON.stringify</c> rules:
/// strings escape only <c>"</c>, <c>\</c>, control characters and lone surrogates; numbers use JS formatting.
/// </summary>
internal ref struct JsonByteWriter(IBufferWriter<byte> output)
{
    private const int ChunkSize = 2048;
    private readonly IBufferWriter<byte> _output = output;
    private Span<byte> _buffer;
    private int _position;

    public void WriteByte(byte value)
    {
        if (_position >= _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_position++] = value;
    }

    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        if (_buffer.Length - _position < bytes.Length)
        {
            Grow(bytes.Length);
        }

        bytes.CopyTo(_buffer[_position..]);
        _position += bytes.Length;
    }

    public void WriteNull() => WriteRaw("null"u8);

    public void WriteBoolean(bool value) => WriteRaw(value ? "true"u8 : "false"u8);

    public void WriteInteger(long value)
    {
        if (_buffer.Length - _position < 20)
        {
            Grow(20);
        }

        value.TryFormat(_buffer[_position..], out var written, default, CultureInfo.InvariantCulture);
        _position += written;
    }

    public void WriteUnsigned(ulong value)
    {
        if (_buffer.Length - _position < 20)
        {
            Grow(20);
        }

        value.TryFormat(_buffer[_position..], out var written, default, CultureInfo.InvariantCulture);
        _position += written;
    }

    public void WriteDouble(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            WriteInteger((long)value);
            return;
        }

        // JSON.stringify writes NaN and the infinities as null.
        WriteAscii(double.IsFinite(value) ? JavaScriptNumber.ToString(value) : "null");
    }

    public void WriteDecimal(decimal value) => WriteAscii(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes a quoted JSON string escaped as <c>JSON.stringify</c> escapes it.</summary>
    public void WriteString(string value)
    {
        WriteByte((byte)'"');
        var segmentStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && !char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            WriteUtf8(value.AsSpan(segmentStart, i - segmentStart));
            WriteEscape(c);
            segmentStart = i + 1;
        }

        WriteUtf8(value.AsSpan(segmentStart));
        WriteByte((byte)'"');
    }

    /// <summary>Hands the written bytes to the output; call once at the end.</summary>
    public void Flush()
    {
        if (_position > 0)
        {
            _output.Advance(_position);
            _buffer = default;
            _position = 0;
        }
    }

    private void WriteEscape(char c)
    {
        switch (c)
        {
            case '"': WriteRaw("\\\""u8); break;
            case '\\': WriteRaw("\\\\"u8); break;
            case '\b': WriteRaw("\\b"u8); break;
            case '\f': WriteRaw("\\f"u8); break;
            case '\n': WriteRaw("\\n"u8); break;
            case '\r': WriteRaw("\\r"u8); break;
            case '\t': WriteRaw("\\t"u8); break;
            default:
                // Other control characters and lone surrogates: \u with four lowercase hex digits, as JSON.stringify.
                WriteRaw("\\u"u8);
                WriteAscii(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                break;
        }
    }

    private void WriteAscii(string text)
    {
        if (_buffer.Length - _position < text.Length)
        {
            Grow(text.Length);
        }

        for (var i = 0; i < text.Length; i++)
        {
            _buffer[_position + i] = (byte)text[i];
        }

        _position += text.Length;
    }

    private void WriteUtf8(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        var maxBytes = chars.Length * 3;
        if (_buffer.Length - _position < maxBytes)
        {
            Grow(maxBytes);
        }

        _position += Encoding.UTF8.GetBytes(chars, _buffer[_position..]);
    }

    private void Grow(int needed)
    {
        if (_position > 0)
        {
            _output.Advance(_position);
            _position = 0;
        }

        _buffer = _output.GetSpan(Math.Max(needed, ChunkSize));
    }
}
