namespace Hub.GraphQL.Execution.Limits;

/// <summary>Keys of <c>OutputField.ContextData</c> that the cost analysis reads.</summary>
public static class CostContextKeys
{
    /// <summary>True on fields whose resolver is asynchronous (they weigh <c>DefaultResolverCost</c> by default).</summary>
    public const string AsyncResolver = "Hub.Cost.AsyncResolver";
}
