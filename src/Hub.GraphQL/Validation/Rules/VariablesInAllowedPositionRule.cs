using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>A variable's declared type must fit every position it is used in (nullable into non-null only with a default).</summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public static readonly VariablesInAllowedPositionRule Instance = new();

    public string Name => nameof(VariablesInAllowedPositionRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
    {
        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        return new SyntaxVisitor()
            .Enter<OperationDefinitionNode>(SyntaxKind.OperationDefinition, _ => definitions.Clear())
            .Enter<VariableDefinitionNode>(SyntaxKind.VariableDefinition, definition =>
                definitions[definition.Variable.Name.Value] = definition)
            .Leave<OperationDefinitionNode>(SyntaxKind.OperationDefinition, operation =>
            {
                foreach (var usage in context.GetRecursiveVariableUsages(operation))
                {
                    Check(context, definitions, usage);
                }
            });
    }

    private static void Check(ValidationContext context, Dictionary<string, VariableDefinitionNode> definitions, VariableUsage usage)
    {
        var name = usage.Node.Name.Value;
        if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType
            || TypeFromAst.Resolve(context.Schema, definition.Type) is not { } variableType)
        {
            return;
        }

        if (!IsAllowed(context.Schema, variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
        {
            context.ReportError(new GraphQLError(
                $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                [definition, usage.Node]));
        }

        // Checked even after a type mismatch: graphql-js reports both errors for one usage.
        if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
        {
            context.ReportError(new GraphQLError(
                $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                [definition, usage.Node]));
        }
    }

    // A nullable variable may fill a non-null position when the variable or the position supplies a default.
    private static bool IsAllowed(
        Schema schema, IGraphQLType variableType, ValueNode? variableDefault, IGraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
