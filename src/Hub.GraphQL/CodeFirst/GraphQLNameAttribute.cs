namespace Hub.GraphQL.CodeFirst;

/// <summary>Overrides the GraphQL name of a type, field, argument or enum value (HotChocolate's <c>[GraphQLName]</c>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
