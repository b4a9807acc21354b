using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Processing;

/// <summary>What every field of one request shares: services, context data, coerced variables, cancellation.</summary>
internal sealed class RequestState(
    Schema schema,
    IServiceProvider services,
    IDictionary<string, object?> contextData,
    IReadOnlyDictionary<string, object?> variables,
    CancellationToken cancellationToken)
{
    public Schema Schema { get; } = schema;

    public IServiceProvider Services { get; } = services;

    public IDictionary<string, object?> ContextData { get; } = contextData;

    public IReadOnlyDictionary<string, object?> Variables { get; } = variables;

    public CancellationToken CancellationToken { get; } = cancellationToken;
}
