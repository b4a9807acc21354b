namespace Hub.GraphQL.CodeFirst;

/// <summary>Sets the description of a type, field, argument or enum value (HotChocolate's <c>[GraphQLDescription]</c>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}
