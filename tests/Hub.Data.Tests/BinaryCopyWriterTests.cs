using Hub.Data.Import;
using Hub.Testing;
using Npgsql;

namespace Hub.Data.Tests;

/// <summary>The hand-written binary COPY encoding, judged by PostgreSQL itself: every value reads back as sent.</summary>
public sealed class BinaryCopyWriterTests
{
    public static TheoryData<string> Numbers => new() { "0", "0.00", "0.05", "1", "10000", "9999.9999", "-12345.67", "1234567890123456.78", "-0.01", "100000000.5" };

    [Theory]
    [MemberData(nameof(Numbers))]
    public async Task A_numeric_reads_back_as_the_same_number_with_its_scale(string text)
    {
        var number = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var stored = await RoundTripAsync("numeric", number);
        Assert.Equal(text, ((decimal)stored!).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Text_dates_instants_integers_booleans_and_nulls_read_back_as_sent()
    {
        Assert.Equal("醴陵 \"quoted\", line\nbreak", await RoundTripAsync("text", "醴陵 \"quoted\", line\nbreak"));
        Assert.Equal(new DateOnly(1949, 10, 1), await RoundTripAsync("date", new DateOnly(1949, 10, 1)));
        var instant = new DateTimeOffset(2025, 6, 30, 8, 15, 30, TimeSpan.FromHours(8)).AddTicks(1234560);
        Assert.Equal(instant.UtcDateTime, await RoundTripAsync("timestamptz", instant));
        Assert.Equal((short)-7, await RoundTripAsync("smallint", (short)-7));
        Assert.Equal(true, await RoundTripAsync("boolean", true));
        Assert.Null(await RoundTripAsync("text", null));
    }

    private static async Task<object?> RoundTripAsync(string type, object? value)
    {
        await using var connection = new NpgsqlConnection(await PostgresServer.Shared.CreateDatabaseAsync("hub_copy"));
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE TABLE t (v {type})", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await BinaryCopyWriter.CopyAsync(connection, "t (v)", [value], 1, (row, _) => row, CancellationToken.None);
        await using var read = new NpgsqlCommand("SELECT v FROM t", connection);
        var stored = await read.ExecuteScalarAsync();
        return stored is DBNull ? null : stored;
    }
}
