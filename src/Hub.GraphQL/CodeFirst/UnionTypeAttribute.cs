namespace Hub.GraphQL.CodeFirst;

/// <summary>Turns a C# marker interface into a GraphQL union of the object types implementing it (HotChocolate's <c>[UnionType]</c>).</summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class)]
public sealed class UnionTypeAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}
