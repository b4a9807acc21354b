namespace Hub.GraphQL.Conformance.Execution;

/// <summary>
/// A <c>{"$error": "msg"}</c> object of a corpus root value: the field holding it has a resolver that throws
/// <see cref="Message"/>, as graphql-js's oracle turns the same object into a throwing function.
/// </summary>
public sealed record ResolverFailure(string Message);
