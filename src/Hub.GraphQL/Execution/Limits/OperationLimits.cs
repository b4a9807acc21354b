using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// Checks a validated operation against <see cref="LimitOptions"/> before execution: execution depth, number of
/// fields and aliases, and cost (<c>@cost</c>, <c>@listSize</c>), all as if fragments were expanded but computed on
/// the fragment graph in time linear in the document. The request pipeline calls it after validation; any error means
/// the operation is not executed.
/// </summary>
public static class OperationLimits
{
    /// <summary>The SDL of the <c>@cost</c> and <c>@listSize</c> directives, as HotChocolate declares them.</summary>
    public const string CostDirectivesSdl =
        "directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR\n\n"
        + "directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], "
        + "requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION";

    public static IReadOnlyList<GraphQLError> Analyze(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        LimitOptions? options = null) =>
        Analyze(schema, document, operation, options, out _);

    /// <summary>As <see cref="Analyze(Schema, DocumentNode, OperationDefinitionNode, LimitOptions?)"/>, also giving the operation's cost.</summary>
    internal static IReadOnlyList<GraphQLError> Analyze(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        LimitOptions? options,
        out CostTally cost)
    {
        options ??= LimitOptions.Default;
        cost = default;
        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return [];
        }

        var summarizer = new SelectionSummarizer(schema, document, options);
        var summary = summarizer.Summarize(operation, rootType);
        var errors = new List<GraphQLError>();
        if (options.MaxExecutionDepth is { } maxDepth && summary.Depth > maxDepth)
        {
            errors.Add(LimitErrors.ExecutionDepth(operation, summary.Depth, maxDepth));
        }

        if (options.MaxFields is { } maxFields && summary.FieldCount > maxFields)
        {
            errors.Add(LimitErrors.TooManyFields(operation, summary.FieldCount, maxFields));
        }

        if (options.MaxAliases is { } maxAliases && summary.AliasCount > maxAliases)
        {
            errors.Add(LimitErrors.TooManyAliases(operation, summary.AliasCount, maxAliases));
        }

        errors.AddRange(summarizer.Weights.Errors);
        cost = summary.Cost(sizedFields: null, sizedFieldSize: 1) + new CostTally(0, 1);
        if (options.EnforceCostLimits && cost.FieldCost > options.MaxFieldCost)
        {
            errors.Add(LimitErrors.FieldCostExceeded(operation, cost.FieldCost, options.MaxFieldCost));
        }

        if (options.EnforceCostLimits && cost.TypeCost > options.MaxTypeCost)
        {
            errors.Add(LimitErrors.TypeCostExceeded(operation, cost.TypeCost, options.MaxTypeCost));
        }

        return errors;
    }
}
