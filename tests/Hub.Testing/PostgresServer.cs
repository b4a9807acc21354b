using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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

    private static string StartThrowawayCluster()
    {
        var bin = FindBinDirectory();
        var dataDir = Path.Combine(Path.GetTempPath(), $"hub-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDir);
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // PostgreSQL refuses to run as root, so the cluster belongs to the postgres user.
            Run("chown", $"postgres \"{dataDir}\"", asUser: null);
        }

        var user = asRoot ? "postgres" : null;
        Run(Path.Combine(bin, "initdb"), $"-D \"{dataDir}\" -A trust -U postgres -E UTF8 --no-sync", user);
        Run(Path.Combine(bin, "pg_ctl"),
            $"-D \"{dataDir}\" -l \"{dataDir}/server.log\" -w -o \"-p {port} -k {dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300\" start",
            user);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            Run(Path.Combine(bin, "pg_ctl"), $"-D \"{dataDir}\" -m immediate stop", user, throwOnFailure: false);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
    }

    private static string FindBinDirectory()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries under /usr/lib/postgresql and HUB_TEST_POSTGRES is not set. " +
            "Run the README's test command (it installs PostgreSQL), or `apt-get install -y postgresql`.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, string arguments, string? asUser, bool throwOnFailure = true)
    {
        var start = asUser is null
            ? new ProcessStartInfo(file, arguments)
            : new ProcessStartInfo("runuser", $"-u {asUser} -- {file} {arguments}");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && throwOnFailure)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {output.Result}{error}");
        }
    }
}
