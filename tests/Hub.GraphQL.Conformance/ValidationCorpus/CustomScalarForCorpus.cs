using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Conformance.ValidationCorpus;

/// <summary>
/// The <c>CustomScalar</c> of graphql-js's ValuesOfCorrectTypeRule tests, whose <c>parseLiteral</c> returns
/// <c>undefined</c> for every literal. graphql-js turns that into its generic "Expected value of type" error; our
/// scalars reject literals by throwing, so this one throws that same error.
/// </summary>
public sealed class CustomScalarForCorpus() : ScalarType("CustomScalar")
{
    public override object? Serialize(object? runtimeValue) => runtimeValue;

    public override object? ParseValue(object? externalValue) => externalValue;

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
        => throw new GraphQLException([new GraphQLError($"Expected value of type \"{Name}\", found {Printer.Print(valueNode)}.", [valueNode])]);
}
