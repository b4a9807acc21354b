using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>A document sent for execution may only contain operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    public static readonly ExecutableDefinitionsRule Instance = new();

    public string Name => nameof(ExecutableDefinitionsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new SyntaxVisitor()
        .EnterWithAction<DocumentNode>(SyntaxKind.Document, document =>
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                {
                    continue;
                }

                var name = definition switch
                {
                    TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                    TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                    DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                    _ => "schema",
                };
                context.ReportError(new GraphQLError($"The {name} definition is not executable.", [definition]));
            }

            return VisitorAction.Skip;
        });
}
