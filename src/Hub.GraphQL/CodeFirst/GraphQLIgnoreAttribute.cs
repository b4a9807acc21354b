namespace Hub.GraphQL.CodeFirst;

/// <summary>Leaves a property, method or enum member out of the schema (HotChocolate's <c>[GraphQLIgnore]</c>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field)]
public sealed class GraphQLIgnoreAttribute : Attribute;
