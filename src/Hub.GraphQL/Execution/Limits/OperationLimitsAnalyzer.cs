using System.Runtime.CompilerServices;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// Plugs <see cref="OperationLimits"/> into the request pipeline, so every request is checked for depth, field count
/// and cost before it executes. An operation without variables always gets the same verdict, so it is analysed once
/// per cached document instead of on every request. The cost goes on the operation's span (<see cref="OperationTelemetry.Cost"/>).
/// </summary>
public sealed class OperationLimitsAnalyzer(LimitOptions options) : IDocumentAnalyzer
{
    private readonly ConditionalWeakTable<OperationDefinitionNode, Verdict> _verdicts = [];

    public IReadOnlyList<GraphQLError>? Analyze(DocumentAnalysisContext context)
    {
        var operation = context.Operation;
        Verdict? verdict;
        if (operation.VariableDefinitions.Count > 0)
        {
            var errors = OperationLimits.Analyze(context.Schema, context.Document, operation, options with { Variables = context.Variables }, out var cost);
            verdict = new Verdict(errors, cost);
        }
        else if (!_verdicts.TryGetValue(operation, out verdict))
        {
            var errors = OperationLimits.Analyze(context.Schema, context.Document, operation, options, out var cost);
            verdict = new Verdict(errors, cost);
            _verdicts.AddOrUpdate(operation, verdict);
        }

        OperationTelemetry.Cost(verdict.Cost.FieldCost, verdict.Cost.TypeCost);
        return NullIfEmpty(verdict.Errors);
    }

    private sealed record Verdict(IReadOnlyList<GraphQLError> Errors, CostTally Cost);

    private static IReadOnlyList<GraphQLError>? NullIfEmpty(IReadOnlyList<GraphQLError> errors) => errors.Count == 0 ? null : errors;
}
