using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Every variable an operation declares must be used by it or by a fragment it reaches.</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public static readonly NoUnusedVariablesRule Instance = new();

    public string Name => nameof(NoUnusedVariablesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
    {
        var definitions = new List<VariableDefinitionNode>();
        return new SyntaxVisitor()
            .Enter<OperationDefinitionNode>(SyntaxKind.OperationDefinition, _ => definitions.Clear())
            .Enter<VariableDefinitionNode>(SyntaxKind.VariableDefinition, definitions.Add)
            .Leave<OperationDefinitionNode>(SyntaxKind.OperationDefinition, operation =>
            {
                var used = new HashSet<string>(StringComparer.Ordinal);
                foreach (var usage in context.GetRecursiveVariableUsages(operation))
                {
                    used.Add(usage.Node.Name.Value);
                }

                foreach (var definition in definitions)
                {
                    var name = definition.Variable.Name.Value;
                    if (!used.Contains(name))
                    {
                        var message = operation.Name is { } operationName
                            ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is never used.";
                        context.ReportError(new GraphQLError(message, [definition]));
                    }
                }
            });
    }
}
