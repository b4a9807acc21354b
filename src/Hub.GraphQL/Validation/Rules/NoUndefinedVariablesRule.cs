using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Every variable used by an operation, including inside the fragments it reaches, must be declared by it.</summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public static readonly NoUndefinedVariablesRule Instance = new();

    public string Name => nameof(NoUndefinedVariablesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        return new SyntaxVisitor()
            .Enter<OperationDefinitionNode>(SyntaxKind.OperationDefinition, _ => defined.Clear())
            .Enter<VariableDefinitionNode>(SyntaxKind.VariableDefinition, definition => defined.Add(definition.Variable.Name.Value))
            .Leave<OperationDefinitionNode>(SyntaxKind.OperationDefinition, operation =>
            {
                foreach (var usage in context.GetRecursiveVariableUsages(operation))
                {
                    var name = usage.Node.Name.Value;
                    if (!defined.Contains(name))
                    {
                        var message = operation.Name is { } operationName
                            ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is not defined.";
                        context.ReportError(new GraphQLError(message, [usage.Node, operation]));
                    }
                }
            });
    }
}
