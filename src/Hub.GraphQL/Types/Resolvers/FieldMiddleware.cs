namespace Hub.GraphQL.Types.Resolvers;

/// <summary>
/// Wraps the rest of a field's pipeline (HotChocolate's <c>FieldMiddleware</c>): <c>next => context => …</c>. Called
/// once when the schema is built, so anything the middleware precomputes is shared by every call of the field.
/// </summary>
public delegate FieldDelegate FieldMiddleware(FieldDelegate next);
