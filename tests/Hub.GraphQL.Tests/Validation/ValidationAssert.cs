using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Types;
using Hub.GraphQL.Validation;

namespace Hub.GraphQL.Tests.Validation;

/// <summary>Validates a document with chosen rules and describes the errors as "message @ line:column, …" for assertions.</summary>
internal static class ValidationAssert
{
    public static Schema BuildSchema(string sdl) => SchemaBuilder.New().AddDocument(Parser.Parse(sdl)).Build();

    public static IReadOnlyList<string> Errors(Schema schema, string query, params IValidationRule[] rules)
        => Describe(DocumentValidator.Validate(schema, Parser.Parse(query), rules.Length == 0 ? null : rules));

    public static IReadOnlyList<string> Describe(IEnumerable<GraphQLError> errors)
        => [.. errors.Select(e => $"{e.Message} @ {string.Join(", ", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))}")];
}
