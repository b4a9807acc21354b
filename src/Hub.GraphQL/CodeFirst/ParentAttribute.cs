namespace Hub.GraphQL.CodeFirst;

/// <summary>Passes the parent object to a resolver parameter (HotChocolate's <c>[Parent]</c>).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;
