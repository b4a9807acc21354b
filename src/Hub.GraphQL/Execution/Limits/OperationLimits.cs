using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// Checks a validated operation against <see cref="LimitOptions"/> before execution: execution depth, number of
/// fields and aliases, and cost (<c>@cost</c>, <c>@listSize</c>). The request pipeline calls it after validation; any
/// error means the operation is not executed.
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
        LimitOptions? options = null)
    {
        options ??= LimitOptions.Default;
        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return [];
        }

        var errors = new List<GraphQLError>();
        var shape = new SelectionShapeAnalyzer(new FragmentExpansion(schema, document), options.SkipIntrospectionFields);
        var depth = shape.Measure(operation.SelectionSet, rootType);
        if (options.MaxExecutionDepth is { } maxDepth && depth > maxDepth)
        {
            errors.Add(LimitErrors.ExecutionDepth(operation, depth, maxDepth));
        }

        if (options.MaxFields is { } maxFields && shape.FieldCount > maxFields)
        {
            errors.Add(LimitErrors.TooManyFields(operation, shape.FieldCount, maxFields));
        }

        if (options.MaxAliases is { } maxAliases && shape.AliasCount > maxAliases)
        {
            errors.Add(LimitErrors.TooManyAliases(operation, shape.AliasCount, maxAliases));
        }

        var cost = new CostAnalyzer(new FragmentExpansion(schema, document), options);
        cost.Analyze(operation.SelectionSet, rootType);
        errors.AddRange(cost.Errors);
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
