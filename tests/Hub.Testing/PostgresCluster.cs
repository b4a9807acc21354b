using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Hub.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster created with the installed server binaries (as the postgres user when the tests run
/// as root), on a free loopback port. Tests that stop and restart their database use one of their own.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string _bin;
    private readonly string _dataDir;
    private readonly string? _user;

    private PostgresCluster(string bin, string dataDir, string? user, int port)
    {
        _bin = bin;
        _dataDir = dataDir;
        _user = user;
        Port = port;
    }

    /// <summary>The loopback port the server listens on (also while it is stopped: a restart keeps it).</summary>
    public int Port { get; }

    /// <summary>A superuser connection string to the <c>postgres</c> database.</summary>
    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Include Error Detail=true";

    /// <summary>Creates the cluster (initdb), started unless <paramref name="start"/> is false.</summary>
    public static PostgresCluster Create(bool start = true)
    {
        var bin = FindBinDirectory();
        var dataDir = Path.Combine(Path.GetTempPath(), $"hub-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDir);
        var user = Environment.UserName == "root" ? "postgres" : null;
        if (user is not null)
        {
            // PostgreSQL refuses to run as root, so the cluster belongs to the postgres user.
            Run("chown", $"postgres \"{dataDir}\"", asUser: null);
        }

        Run(Path.Combine(bin, "initdb"), $"-D \"{dataDir}\" -A trust -U postgres -E UTF8 --no-sync", user);
        var cluster = new PostgresCluster(bin, dataDir, user, FreePort());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop(immediate: true, throwOnFailure: false);
        if (start)
        {
            cluster.Start();
        }

        return cluster;
    }

    /// <summary>Creates the database <c>hub</c> and returns a superuser connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("CREATE DATABASE hub", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = "hub" }.ConnectionString;
    }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public void Start() => PgCtl($"{ServerArguments} start");

    /// <summary>Stops the server: <c>-m fast</c> (sessions are terminated, 57P01) or <c>-m immediate</c>.</summary>
    public void Stop(bool immediate = false, bool throwOnFailure = true) =>
        PgCtl($"-w -m {(immediate ? "immediate" : "fast")} stop", throwOnFailure);

    /// <summary>Restarts the server in fast mode and waits until it accepts connections again.</summary>
    public void Restart() => PgCtl($"{ServerArguments} -m fast restart");

    private string ServerArguments =>
        $"-l \"{_dataDir}/server.log\" -w -o \"-p {Port} -k {_dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300\"";

    public void Dispose()
    {
        Stop(immediate: true, throwOnFailure: false);
        Directory.Delete(_dataDir, recursive: true);
    }

    private void PgCtl(string arguments, bool throwOnFailure = true) =>
        Run(Path.Combine(_bin, "pg_ctl"), $"-D \"{_dataDir}\" {arguments}", _user, throwOnFailure);

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
