using Hub.GraphQL.Errors;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// Plugs <see cref="OperationLimits"/> into the request pipeline, so every request is checked for depth, field count
/// and cost with its own coerced variables before it executes.
/// </summary>
public sealed class OperationLimitsAnalyzer(LimitOptions options) : IDocumentAnalyzer
{
    public IReadOnlyList<GraphQLError>? Analyze(DocumentAnalysisContext context)
    {
        var errors = OperationLimits.Analyze(
            context.Schema,
            context.Document,
            context.Operation,
            options with { Variables = context.Variables });
        return errors.Count == 0 ? null : errors;
    }
}
