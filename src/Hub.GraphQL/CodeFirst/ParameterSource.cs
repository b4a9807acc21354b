namespace Hub.GraphQL.CodeFirst;

/// <summary>Where a resolver method's parameter gets its value from.</summary>
internal enum ParameterSource
{
    Argument,
    Service,
    Parent,
    Context,
    Cancellation,
}
