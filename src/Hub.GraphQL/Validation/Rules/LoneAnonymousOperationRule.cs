using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>An anonymous operation must be the only operation in the document.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public static readonly LoneAnonymousOperationRule Instance = new();

    public string Name => nameof(LoneAnonymousOperationRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
    {
        var operationCount = 0;
        return new SyntaxVisitor()
            .Enter<DocumentNode>(SyntaxKind.Document, document =>
                operationCount = document.Definitions.Count(definition => definition is OperationDefinitionNode))
            .Enter<OperationDefinitionNode>(SyntaxKind.OperationDefinition, operation =>
            {
                if (operation.Name is null && operationCount > 1)
                {
                    context.ReportError(new GraphQLError(
                        "This anonymous operation must be the only defined operation.", [operation]));
                }
            });
    }
}
