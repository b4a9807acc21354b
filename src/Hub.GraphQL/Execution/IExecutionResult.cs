namespace Hub.GraphQL.Execution;

/// <summary>What executing a request yields: a single <see cref="ExecutionResult"/> or a <see cref="ResponseStream"/>.</summary>
public interface IExecutionResult;
