using System.Buffers;
using System.Text;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Language;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Validation;

namespace Hub.GraphQL.Conformance.Execution;

/// <summary>Runs corpus cases on the engine through its public request pipeline.</summary>
public sealed class CaseRunner(CorpusSchema corpus)
{
    /// <summary>Executes <paramref name="testCase"/> and returns the serialized response and its validation errors.</summary>
    public async ValueTask<CaseOutcome> RunAsync(ExecutionCase testCase, CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>();
        await ExecuteAsync(testCase, buffer, cancellationToken);
        return new CaseOutcome(testCase.Name, Encoding.UTF8.GetString(buffer.WrittenSpan), Validate(testCase.Query));
    }

    /// <summary>Executes and serializes only: the loop that <c>--repeat</c> times, as a server would run it.</summary>
    public async ValueTask ExecuteAsync(ExecutionCase testCase, IBufferWriter<byte> output, CancellationToken cancellationToken = default)
    {
        var request = new GraphQLRequest
        {
            Query = testCase.Query,
            OperationName = testCase.OperationName,
            Variables = testCase.Variables,
            RootValue = corpus.RootValue,
        };
        var result = await corpus.Executor.ExecuteAsync(request, cancellationToken);
        ResultJsonWriter.Write((ExecutionResult)result, output);
    }

    private IReadOnlyList<ValidationEntry> Validate(string query)
    {
        Language.Syntax.DocumentNode document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLSyntaxException)
        {
            return [];
        }

        var errors = DocumentValidator.Validate(corpus.Schema, document);
        if (errors.Count == 0)
        {
            return [];
        }

        // Errors do not say which rule reported them; as the oracle does, each rule runs alone to find out.
        var messagesByRule = SpecifiedRules.All
            .Select(rule => (rule.Name, Messages: DocumentValidator.Validate(corpus.Schema, document, [rule]).Select(error => error.Message).ToHashSet()))
            .ToList();
        return errors
            .Select(error => new ValidationEntry(
                messagesByRule.FirstOrDefault(entry => entry.Messages.Contains(error.Message)).Name,
                error.Message,
                error.Locations ?? []))
            .ToList();
    }
}
