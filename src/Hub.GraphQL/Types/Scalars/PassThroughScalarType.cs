using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>
/// A scalar declared in SDL without an implementation: values pass through unchanged and literals become plain values,
/// as graphql-js's <c>GraphQLScalarType</c> defaults do (identity serialize/parseValue, <c>valueFromASTUntyped</c>).
/// </summary>
public class PassThroughScalarType(string name) : ScalarType(name)
{
    public override object? Serialize(object? runtimeValue) => runtimeValue;

    public override object? ParseValue(object? externalValue) => externalValue;

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        ValueFromAst.Untyped(valueNode, variables);
}
