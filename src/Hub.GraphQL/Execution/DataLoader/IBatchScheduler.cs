namespace Hub.GraphQL.Execution.DataLoader;

/// <summary>Decides when a DataLoader batch runs (GreenDonut <c>IBatchScheduler</c>).</summary>
public interface IBatchScheduler
{
    /// <summary>Queues a batch; the executor runs it once no other work can make progress.</summary>
    void Schedule(Func<ValueTask> dispatch);
}
