namespace Hub.GraphQL.Types;

/// <summary>An argument of a field or directive.</summary>
public sealed class Argument(string name, IGraphQLType type) : InputValue(name, type);
