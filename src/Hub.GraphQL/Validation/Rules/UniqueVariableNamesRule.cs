using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>An operation must not declare two variables with the same name.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public static readonly UniqueVariableNamesRule Instance = new();

    public string Name => nameof(UniqueVariableNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new SyntaxVisitor()
        .Enter<OperationDefinitionNode>(SyntaxKind.OperationDefinition, operation =>
        {
            foreach (var group in operation.VariableDefinitions.GroupBy(definition => definition.Variable.Name.Value))
            {
                if (group.Count() > 1)
                {
                    context.ReportError(new GraphQLError(
                        $"There can be only one variable named \"${group.Key}\".",
                        group.Select(definition => definition.Variable.Name)));
                }
            }
        });
}
