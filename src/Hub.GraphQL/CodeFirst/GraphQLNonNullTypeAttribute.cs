namespace Hub.GraphQL.CodeFirst;

/// <summary>Makes a field or argument non-null where C# nullability cannot say so (HotChocolate's <c>[GraphQLNonNullType]</c>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLNonNullTypeAttribute : Attribute;
