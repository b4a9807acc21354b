using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>The errors the operation limits report, with HotChocolate's messages, extensions and codes.</summary>
internal static class LimitErrors
{
    public static GraphQLError ExecutionDepth(OperationDefinitionNode operation, int detected, int allowed)
        => new(
            $"The GraphQL document has an execution depth of {detected} which exceeds the max allowed execution depth of {allowed}.",
            [operation],
            extensions: new Dictionary<string, object?>
            {
                ["allowedExecutionDepth"] = allowed,
                ["detectedExecutionDepth"] = detected,
            });

    public static GraphQLError TooManyFields(OperationDefinitionNode operation, long detected, int allowed)
        => new(
            $"The GraphQL document selects {detected} fields which exceeds the max allowed number of fields of {allowed}.",
            [operation],
            extensions: new Dictionary<string, object?> { ["allowedFields"] = allowed, ["detectedFields"] = detected });

    public static GraphQLError TooManyAliases(OperationDefinitionNode operation, long detected, int allowed)
        => new(
            $"The GraphQL document uses {detected} aliases which exceeds the max allowed number of aliases of {allowed}.",
            [operation],
            extensions: new Dictionary<string, object?> { ["allowedAliases"] = allowed, ["detectedAliases"] = detected });

    public static GraphQLError FieldCostExceeded(OperationDefinitionNode operation, double cost, double max)
        => new(
            "The maximum allowed field cost was exceeded.",
            [operation],
            extensions: new Dictionary<string, object?>
            {
                ["code"] = ErrorCodes.Execution.ComplexityExceeded,
                ["fieldCost"] = cost,
                ["maxFieldCost"] = max,
            });

    public static GraphQLError TypeCostExceeded(OperationDefinitionNode operation, double cost, double max)
        => new(
            "The maximum allowed type cost was exceeded.",
            [operation],
            extensions: new Dictionary<string, object?>
            {
                ["code"] = ErrorCodes.Execution.ComplexityExceeded,
                ["typeCost"] = cost,
                ["maxTypeCost"] = max,
            });

    public static GraphQLError ExactlyOneSlicingArgument(FieldNode field, IReadOnlyList<string> slicingArguments)
        => new(
            $"Exactly one slicing argument must be defined for the field \"{field.Name.Value}\" (one of {string.Join(", ", slicingArguments)}).",
            [field],
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Execution.ExactlyOneSlicingArgument });
}
