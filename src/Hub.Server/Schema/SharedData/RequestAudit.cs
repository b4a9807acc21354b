using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Hub.Privacy;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// The audit records of one GraphQL request's reads (each root field and each DataLoader batch adds one), kept in the
/// request's context data and written together in one statement once the request has executed, before its response
/// is sent (<see cref="Hosting.AuditedRequestExecutor"/>): a linked query costs the database one audit insert, not
/// one per field.
/// </summary>
public sealed class RequestAudit(AuditTrail trail) : IRequestReads
{
    private const string ContextDataKey = "Hub.RequestAudit";

    private readonly List<AuditRecord> _records = [];

    /// <summary>The audit of the request <paramref name="context"/> resolves a field of.</summary>
    public static RequestAudit Of(IResolverContext context)
    {
        // Fields resolve in parallel, and the DataLoader registry adds itself to the same dictionary under this lock.
        lock (context.ContextData)
        {
            return context.ContextData.TryGetValue(ContextDataKey, out var audit) && audit is RequestAudit requestAudit
                ? requestAudit
                : throw new InvalidOperationException("Shared data is read outside an audited request: the executor must be wrapped in AuditedRequestExecutor.");
        }
    }

    /// <summary>Makes this the audit of the request whose context data is <paramref name="contextData"/> (before it executes).</summary>
    public void AttachTo(IDictionary<string, object?> contextData) => contextData[ContextDataKey] = this;

    /// <inheritdoc />
    public void Add(bool revealed, string actor, string coordinate, object detail)
    {
        var record = trail.Create(revealed ? AuditActions.DataRevealed : AuditActions.DataRead, actor, coordinate, detail);
        lock (_records)
        {
            _records.Add(record);
        }
    }

    /// <summary>Writes the records added since the last write, in one statement.</summary>
    public Task WriteAsync(CancellationToken cancellationToken)
    {
        AuditRecord[] pending;
        lock (_records)
        {
            pending = [.. _records];
            _records.Clear();
        }

        return trail.WriteAsync(pending, cancellationToken);
    }
}
