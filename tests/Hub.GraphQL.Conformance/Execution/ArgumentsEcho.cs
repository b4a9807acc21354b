namespace Hub.GraphQL.Conformance.Execution;

/// <summary>
/// A <c>{"$arguments": true}</c> object of a corpus root value: the field holding it returns its coerced arguments
/// as an object (graphql-js's oracle binds a function returning <c>args</c> there), so a field of a pass-through
/// scalar type shows exactly what argument and variable coercion produced.
/// </summary>
public sealed record ArgumentsEcho
{
    public static readonly ArgumentsEcho Instance = new();

    private ArgumentsEcho()
    {
    }
}
