using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Types;
using Hub.GraphQL.Validation;

namespace Hub.GraphQL.Conformance.ValidationCorpus;

/// <summary>Runs every corpus case with only its named rule, against its schema, and compares the errors with graphql-js's.</summary>
public sealed class ValidationCorpusRunner
{
    private readonly ValidationCorpusFile _corpus;
    private readonly Dictionary<(string Sdl, bool AssumeValid), Schema> _schemas = [];

    public ValidationCorpusRunner(ValidationCorpusFile corpus)
    {
        _corpus = corpus;
    }

    public IReadOnlyList<CaseResult> RunAll() => [.. _corpus.Cases.Select(Run)];

    public CaseResult Run(ValidationCase validationCase)
    {
        var expected = validationCase.Errors.Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column)))).ToList();
        IReadOnlyList<GraphQLError> actualErrors;
        try
        {
            actualErrors = Validate(validationCase);
        }
        catch (Exception exception)
        {
            // A case that cannot even run (bad schema, unknown rule, crash) is a failure to report, not a reason to stop.
            return new CaseResult(validationCase, false, false, expected, [$"threw {exception.GetType().Name}: {exception.Message}"]);
        }

        var actual = actualErrors.Select(e => Describe(e.Message, (e.Locations ?? []).Select(l => (l.Line, l.Column)))).ToList();
        var locationsMatch = actualErrors.Count == validationCase.Errors.Count
            && actualErrors.Zip(validationCase.Errors).All(pair => SameLocations(pair.First, pair.Second));
        var messagesMatch = actualErrors.Count == validationCase.Errors.Count
            && actualErrors.Zip(validationCase.Errors).All(pair => pair.First.Message == pair.Second.Message);
        return new CaseResult(validationCase, locationsMatch, messagesMatch, expected, actual);
    }

    private IReadOnlyList<GraphQLError> Validate(ValidationCase validationCase)
    {
        var document = Parser.Parse(validationCase.Query);
        // Like graphql-js's buildSchema, the schema an SDL case extends is not checked for validity (it may lack a query type).
        var assumeValid = validationCase.Kind == "sdl";
        var schema = validationCase.Schema switch
        {
            null => null,
            "testSchema" => SchemaFor(_corpus.TestSchema, assumeValid),
            var sdl => SchemaFor(sdl, assumeValid),
        };

        if (validationCase.Kind == "sdl")
        {
            var sdlRule = SpecifiedRules.SdlByName(validationCase.Rule)
                ?? throw new NotSupportedException($"No SDL rule named {validationCase.Rule}.");
            return DocumentValidator.ValidateSdl(document, schema, [sdlRule]);
        }

        var rule = SpecifiedRules.ByName(validationCase.Rule)
            ?? throw new NotSupportedException($"No rule named {validationCase.Rule}.");
        return DocumentValidator.Validate(
            schema ?? throw new NotSupportedException("An executable case needs a schema."), document, [rule]);
    }

    private Schema SchemaFor(string sdl, bool assumeValid)
    {
        if (!_schemas.TryGetValue((sdl, assumeValid), out var schema))
        {
            var builder = SchemaBuilder.New().AddDocument(Parser.Parse(sdl));
            if (sdl.Contains("scalar CustomScalar", StringComparison.Ordinal))
            {
                builder.AddScalar(new CustomScalarForCorpus());
            }

            schema = builder.Build(new SchemaBuildOptions { AssumeValid = assumeValid });
            _schemas[(sdl, assumeValid)] = schema;
        }

        return schema;
    }

    private static bool SameLocations(GraphQLError actual, ExpectedError expected)
    {
        var locations = actual.Locations ?? [];
        return locations.Count == expected.Locations.Count
            && locations.Zip(expected.Locations).All(pair => pair.First.Line == pair.Second.Line && pair.First.Column == pair.Second.Column);
    }

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations)
        => $"{message} @ [{string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"))}]";
}
