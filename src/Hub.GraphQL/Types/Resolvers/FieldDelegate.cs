namespace Hub.GraphQL.Types.Resolvers;

/// <summary>One step of a field's pipeline (HotChocolate's <c>FieldDelegate</c>): produces the field's value, usually by calling the next step.</summary>
public delegate ValueTask<object?> FieldDelegate(IResolverContext context);
