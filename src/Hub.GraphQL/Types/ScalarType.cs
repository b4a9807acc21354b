using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Types;

/// <summary>
/// A leaf type with its own coercion rules (graphql-js <c>GraphQLScalarType</c>). Invalid values throw a
/// <see cref="Errors.GraphQLException"/> whose message is the one graphql-js reports.
/// </summary>
public abstract class ScalarType(string name) : NamedType(name)
{
    public sealed override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (the <c>@specifiedBy</c> directive).</summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>Converts a resolver's value to the value written into the response.</summary>
    public abstract object? Serialize(object? runtimeValue);

    /// <summary>Converts a value from JSON variables to the runtime value resolvers receive.</summary>
    public abstract object? ParseValue(object? externalValue);

    /// <summary>Converts a literal in a document (variables resolved from <paramref name="variables"/>) to the runtime value.</summary>
    public abstract object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>Converts a runtime value to a literal, or null when it cannot be represented (used for default values).</summary>
    public virtual ValueNode? ValueToLiteral(object? value) => Utilities.AstFromValue.FromSerialized(Serialize(value));
}
