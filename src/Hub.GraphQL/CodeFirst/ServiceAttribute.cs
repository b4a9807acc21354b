namespace Hub.GraphQL.CodeFirst;

/// <summary>Resolves a resolver parameter from the request's services instead of exposing it as an argument.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;
