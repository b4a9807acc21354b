using System.Runtime.CompilerServices;
using Hub.GraphQL.Execution;
using Hub.Identity.Audit;
using Hub.Server.Schema.SharedData;

namespace Hub.Server.Hosting;

/// <summary>
/// Gives every request a <see cref="RequestAudit"/> and writes it when the request has executed, before the result
/// goes back to the transport (so before any of its data is sent): the records are durable before the response,
/// and if they cannot be written the request fails instead of answering unaudited. They are written however the
/// execution ended: with a field error, an exception, a timeout or a client that went away, since the rows were
/// read either way. A subscription writes them after each event, before the event is sent.
/// </summary>
internal sealed class AuditedRequestExecutor(IRequestExecutor inner, AuditTrail trail) : IRequestExecutor
{
    public Hub.GraphQL.Types.Schema Schema => inner.Schema;

    public async ValueTask<IExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        var audit = new RequestAudit(trail);
        audit.AttachTo(request.ContextData ?? throw new ArgumentException("An audited request needs context data.", nameof(request)));
        IExecutionResult outcome;
        try
        {
            outcome = await inner.ExecuteAsync(request, cancellationToken);
        }
        finally
        {
            // Not the request's token: a client that disconnects after rows were read does not take their records with it.
            await audit.WriteAsync(CancellationToken.None);
        }

        return outcome is ResponseStream stream ? new ResponseStream(WrittenPerEvent(stream, audit)) : outcome;
    }

    private static async IAsyncEnumerable<ExecutionResult> WrittenPerEvent(ResponseStream stream, RequestAudit audit,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var result in stream.WithCancellation(cancellationToken))
        {
            await audit.WriteAsync(CancellationToken.None);
            yield return result;
        }
    }
}
