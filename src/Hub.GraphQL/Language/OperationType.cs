namespace Hub.GraphQL.Language;

/// <summary>The three kinds of GraphQL operation.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
