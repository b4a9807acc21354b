using Hub.GraphQL.Execution.Planning;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Processing;

/// <summary>A response position waiting for an asynchronous value (a resolver's task or a task-valued item).</summary>
internal sealed class ParkedCompletion(
    OperationExecution execution,
    ValueTask<object?> task,
    IGraphQLType type,
    Selection selection,
    ResultNode container,
    int slot)
{
    public ValueTask<object?> Task { get; } = task;

    public IGraphQLType Type { get; } = type;

    public Selection Selection { get; } = selection;

    public ResultNode Container { get; } = container;

    public int Slot { get; } = slot;

    public void Run() => execution.CompleteParked(this);
}
