using System.Runtime.CompilerServices;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// Plugs <see cref="OperationLimits"/> into the request pipeline, so every request is checked for depth, field count
/// and cost before it executes. An operation without variables always gets the same verdict, so it is analysed once
/// per cached document instead of on every request.
/// </summary>
public sealed class OperationLimitsAnalyzer(LimitOptions options) : IDocumentAnalyzer
{
    private readonly ConditionalWeakTable<OperationDefinitionNode, IReadOnlyList<GraphQLError>> _verdicts = [];

    public IReadOnlyList<GraphQLError>? Analyze(DocumentAnalysisContext context)
    {
        var operation = context.Operation;
        if (operation.VariableDefinitions.Count > 0)
        {
            return NullIfEmpty(OperationLimits.Analyze(
                context.Schema, context.Document, operation, options with { Variables = context.Variables }));
        }

        if (!_verdicts.TryGetValue(operation, out var errors))
        {
            errors = OperationLimits.Analyze(context.Schema, context.Document, operation, options);
            _verdicts.AddOrUpdate(operation, errors);
        }

        return NullIfEmpty(errors);
    }

    private static IReadOnlyList<GraphQLError>? NullIfEmpty(IReadOnlyList<GraphQLError> errors) => errors.Count == 0 ? null : errors;
}
