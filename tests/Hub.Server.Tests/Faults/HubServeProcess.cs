using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Hub.Testing;

namespace Hub.Server.Tests.Faults;

/// <summary>
/// <c>hub serve</c> as a real child process on a PostgreSQL database, the way an orchestrator runs it:
/// its exit code and its output are what the fault tests judge.
/// </summary>
internal sealed class HubServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _folder;

    private HubServeProcess(Process process, string folder, Uri address, IReadOnlyDictionary<string, string> environment)
    {
        _process = process;
        _folder = folder;
        Address = address;
        Environment = environment;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Where the hub listens.</summary>
    public Uri Address { get; }

    /// <summary>The hub's settings, for CLI commands run against the same database.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Everything the hub wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the hub on the database <paramref name="connectionString"/> with extra <paramref name="settings"/> (<c>Hub__…</c> names).</summary>
    public static HubServeProcess Start(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("hub-fault-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var environment = new Dictionary<string, string>
        {
            ["Hub__DataFolder"] = Path.Combine(folder, "data"),
            ["Hub__Database__Provider"] = "PostgreSql",
            ["Hub__Database__ConnectionString"] = connectionString,
            ["Hub__SeedOnFirstStart"] = "false",
            ["Identity__KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Identity__Issuer"] = address.ToString().TrimEnd('/'),
            ["Identity__DefaultResource"] = new Uri(address, "/graphql").ToString(),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "hub.dll"), "serve", $"--urls={address.ToString().TrimEnd('/')}"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new HubServeProcess(Process.Start(start)!, folder, address, environment);
    }

    /// <summary>Waits until <c>/healthz</c> answers (the hub has started), failing if the process exits first.</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            Assert.False(HasExited, $"The hub exited with {(HasExited ? _process.ExitCode : 0)}:\n{Output}");
            try
            {
                if ((await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The hub did not listen within {timeout}:\n{Output}");
    }

    /// <summary>
    /// Waits (a minute at most) for the hub to stop on its own, asserts it exits with status 1 and wrote exactly one
    /// <c>hub: </c> line, and returns that line.
    /// </summary>
    public async Task<string> WaitForFailureAsync()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _process.WaitForExitAsync(cancellation.Token);
        Assert.True(_process.ExitCode == 1, $"exit code {_process.ExitCode}:\n{Output}");
        return Assert.Single(Output.Split('\n'), line => line.StartsWith("hub: ", StringComparison.Ordinal));
    }

    /// <summary>Runs a <c>hub</c> command (e.g. <c>client create</c>) against the same database.</summary>
    public Task<(int ExitCode, string Output, string Error)> RunCommandAsync(params string[] arguments) =>
        Cli.HubProcess.RunAsync(_folder, Environment, arguments);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
