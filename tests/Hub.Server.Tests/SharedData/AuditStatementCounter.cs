using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// Counts the statements that insert into the audit table of one hub's database, from EF Core's diagnostic events
/// (raised for every command EF Core runs, on either provider); other hubs of the test process are told apart by
/// their database.
/// </summary>
public sealed class AuditStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly (string DataSource, string Database) _database;
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly List<IDisposable> _subscriptions = [];

    private AuditStatementCounter(IServiceProvider hub)
    {
        using var db = hub.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContext();
        var connection = db.Database.GetDbConnection();
        _database = (connection.DataSource, connection.Database);
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>Starts counting the audit inserts of the hub whose services are <paramref name="hub"/>.</summary>
    public static async Task<AuditStatementCounter> StartAsync(IServiceProvider hub)
    {
        var counter = new AuditStatementCounter(hub);
        // A context that found no listener keeps that answer for EF Core's logging cache time, one second.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        return counter;
    }

    /// <summary>The audit inserts run so far, in order.</summary>
    public IReadOnlyList<string> Statements => [.. _statements];

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(subscription => subscription.Dispose());
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData { Command: var command }
            && command.Connection is { } connection && (connection.DataSource, connection.Database) == _database
            && command.CommandText.StartsWith("INSERT INTO", StringComparison.Ordinal) && command.CommandText.Contains("audit_records", StringComparison.Ordinal))
        {
            _statements.Enqueue(command.CommandText);
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
