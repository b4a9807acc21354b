using Microsoft.Extensions.Logging;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// A logger provider that keeps the SQL the hub's shared-data contexts log when they run a command: what an operator sees
/// with <c>Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command</c> at <c>Debug</c>. It receives that category
/// only where its own rule (<c>Logging:SqlLog:LogLevel:…</c>, see <see cref="Settings"/>) turns it on.
/// </summary>
[ProviderAlias("SqlLog")]
public sealed class SqlLog : ILoggerProvider
{
    private const string Category = "Microsoft.EntityFrameworkCore.Database.Command";

    // EF Core's RelationalEventId.CommandExecuted: logged once per command, with its SQL.
    private const int CommandExecuted = 20101;

    private readonly List<string> _commands = [];

    /// <summary>The settings that let this provider (and no other) see the command log at Debug.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { [$"Logging:SqlLog:LogLevel:{Category}"] = "Debug" };

    /// <summary>Starts collecting the commands <paramref name="services"/>' hub logs.</summary>
    public static SqlLog AttachTo(IServiceProvider services)
    {
        var log = new SqlLog();
        ((ILoggerFactory)services.GetService(typeof(ILoggerFactory))!).AddProvider(log);
        return log;
    }

    /// <summary>The SQL of the commands logged since the last <see cref="Clear"/> that read <paramref name="table"/>.</summary>
    public IReadOnlyList<string> Reading(string table)
    {
        lock (_commands)
        {
            return _commands.Where(sql => System.Text.RegularExpressions.Regex.IsMatch(sql, $@"FROM [^\s]*\b{table}\b")).ToList();
        }
    }

    /// <summary>Forgets the commands logged so far.</summary>
    public void Clear()
    {
        lock (_commands)
        {
            _commands.Clear();
        }
    }

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new CommandLogger(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class CommandLogger(SqlLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == CommandExecuted)
            {
                lock (log._commands)
                {
                    log._commands.Add(formatter(state, exception));
                }
            }
        }
    }
}
