using Npgsql;

namespace Hub.Testing;

/// <summary>
/// The real PostgreSQL server the suites talk to. <c>HUB_TEST_POSTGRES</c> names a running server (the test
/// command starts one); without it, a throwaway cluster is created with the installed binaries and stopped when
/// the test process exits. A machine with neither fails the tests loudly: they are never skipped.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> s_shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private PostgresServer(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    /// <summary>The one server of this test process.</summary>
    public static PostgresServer Shared => s_shared.Value;

    /// <summary>A superuser connection string to the <c>postgres</c> database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "hub_test")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    private static PostgresServer Start()
    {
        var configured = Environment.GetEnvironmentVariable("HUB_TEST_POSTGRES");
        return string.IsNullOrWhiteSpace(configured)
            ? new PostgresServer(StartThrowawayCluster())
            : new PostgresServer(configured);
    }

    // Stopped when the test process exits.
    private static string StartThrowawayCluster() => PostgresCluster.Create().AdminConnectionString;
}
