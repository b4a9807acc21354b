namespace Hub.GraphQL.CodeFirst;

/// <summary>Marks a field, argument or enum value deprecated (HotChocolate's <c>[GraphQLDeprecated]</c>); <c>[Obsolete]</c> works too.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
