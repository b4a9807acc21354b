using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Npgsql;

namespace Hub.Data.Import;

/// <summary>
/// Streams rows to <c>COPY … FROM STDIN (FORMAT BINARY)</c>, encoding the handful of value types the data sets use
/// itself. Npgsql's binary importer resolves a converter for every value it writes; encoding straight into one
/// buffer keeps the import's CPU per row well below the database's.
/// </summary>
internal sealed class BinaryCopyWriter
{
    private const int FlushThreshold = 1 << 16;
    private static readonly byte[] s_signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];
    private static readonly int s_epochDay = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long s_epochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private byte[] _buffer = new byte[FlushThreshold * 2];
    private int _position;

    private BinaryCopyWriter()
    {
    }

    /// <summary>
    /// Copies <paramref name="rows"/> into <paramref name="target"/> (a table with its column list), reading each row's
    /// <paramref name="columns"/> values through <paramref name="value"/>. The server's verdict on the rows (a unique
    /// violation, say) surfaces as a <see cref="PostgresException"/> when the copy completes.
    /// </summary>
    public static async Task CopyAsync<TRow>(NpgsqlConnection connection, string target, IEnumerable<TRow> rows, int columns,
        Func<TRow, int, object?> value, CancellationToken cancellationToken)
    {
        var stream = await connection.BeginRawBinaryCopyAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        var writer = new BinaryCopyWriter();
        try
        {
            writer.Bytes(s_signature);
            writer.Int32(0); // flags: no OIDs
            writer.Int32(0); // header extension length
            foreach (var row in rows)
            {
                writer.Int16((short)columns);
                for (var i = 0; i < columns; i++)
                {
                    writer.Write(value(row, i));
                }

                if (writer._position >= FlushThreshold)
                {
                    await writer.FlushAsync(stream, cancellationToken);
                }
            }

            writer.Int16(-1); // trailer
            await writer.FlushAsync(stream, cancellationToken);
        }
        catch (Exception e) when (e is not PostgresException)
        {
            // Leave the connection usable: the server drops what it received of this COPY.
            await stream.CancelAsync();
            throw;
        }

        await stream.DisposeAsync(); // ends the COPY and waits for the server's answer
    }

    private void Write(object? value)
    {
        switch (value)
        {
            case null:
                Int32(-1);
                break;
            case string text:
                Text(text);
                break;
            case DateOnly date:
                Int32(4);
                Int32(date.DayNumber - s_epochDay);
                break;
            case decimal number:
                Numeric(number);
                break;
            case short number:
                Int32(2);
                Int16(number);
                break;
            case bool flag:
                Int32(1);
                Reserve(1)[0] = flag ? (byte)1 : (byte)0;
                break;
            case DateTimeOffset instant:
                Int32(8);
                Int64((instant.UtcTicks - s_epochTicks) / TimeSpan.TicksPerMicrosecond);
                break;
            case DateTime instant:
                Int32(8);
                Int64((instant.ToUniversalTime().Ticks - s_epochTicks) / TimeSpan.TicksPerMicrosecond);
                break;
            default:
                throw new NotSupportedException($"COPY of a {value.GetType().Name} value is not supported.");
        }
    }

    private void Text(string text)
    {
        var room = Reserve(4 + Encoding.UTF8.GetMaxByteCount(text.Length));
        var length = Encoding.UTF8.GetBytes(text, room[4..]);
        BinaryPrimitives.WriteInt32BigEndian(room, length);
        _position -= room.Length - 4 - length;
    }

    /// <summary>PostgreSQL's numeric wire form: base-10000 digits of the absolute value, the weight of the first, sign and display scale.</summary>
    private void Numeric(decimal number)
    {
        Span<char> text = stackalloc char[40];
        decimal.Abs(number).TryFormat(text, out var length, default, CultureInfo.InvariantCulture); // keeps the scale: 500.00
        var digits = text[..length];
        var dot = digits.IndexOf('.');
        var integer = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? [] : digits[(dot + 1)..];
        var integerGroups = (integer.Length + 3) / 4;
        Span<short> groups = stackalloc short[integerGroups + ((fraction.Length + 3) / 4)];
        var pad = (integerGroups * 4) - integer.Length; // the integer part is padded on the left, the fraction on the right
        for (var g = 0; g < groups.Length; g++)
        {
            var group = 0;
            for (var k = g * 4; k < (g * 4) + 4; k++)
            {
                var i = k - pad;
                var digit = i < 0 ? 0
                    : i < integer.Length ? integer[i] - '0'
                    : k - (integerGroups * 4) < fraction.Length ? fraction[k - (integerGroups * 4)] - '0'
                    : 0;
                group = (group * 10) + digit;
            }

            groups[g] = (short)group;
        }

        var first = groups.IndexOfAnyExcept((short)0);
        var significant = first < 0 ? [] : groups[first..(groups.LastIndexOfAnyExcept((short)0) + 1)];
        Int32(8 + (2 * significant.Length));
        Int16((short)significant.Length);
        Int16((short)(first < 0 ? 0 : integerGroups - 1 - first));
        Int16(number < 0 ? (short)0x4000 : (short)0);
        Int16((short)fraction.Length);
        foreach (var group in significant)
        {
            Int16(group);
        }
    }

    private void Int16(short value) => BinaryPrimitives.WriteInt16BigEndian(Reserve(2), value);

    private void Int32(int value) => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), value);

    private void Int64(long value) => BinaryPrimitives.WriteInt64BigEndian(Reserve(8), value);

    private void Bytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    private Span<byte> Reserve(int count)
    {
        if (_position + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _position + count));
        }

        var room = _buffer.AsSpan(_position, count);
        _position += count;
        return room;
    }

    private async Task FlushAsync(Stream stream, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(_buffer.AsMemory(0, _position), cancellationToken);
        _position = 0;
    }
}
