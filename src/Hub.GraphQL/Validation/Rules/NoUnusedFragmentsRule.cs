using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Every fragment must be reachable from some operation.</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public static readonly NoUnusedFragmentsRule Instance = new();

    public string Name => nameof(NoUnusedFragmentsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
    {
        var operations = new List<OperationDefinitionNode>();
        var fragments = new List<FragmentDefinitionNode>();
        return new SyntaxVisitor()
            .EnterWithAction<OperationDefinitionNode>(SyntaxKind.OperationDefinition, operation =>
            {
                operations.Add(operation);
                return VisitorAction.Skip;
            })
            .EnterWithAction<FragmentDefinitionNode>(SyntaxKind.FragmentDefinition, fragment =>
            {
                fragments.Add(fragment);
                return VisitorAction.Skip;
            })
            .Leave<DocumentNode>(SyntaxKind.Document, _ =>
            {
                var used = new HashSet<string>(StringComparer.Ordinal);
                foreach (var operation in operations)
                {
                    foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                    {
                        used.Add(fragment.Name.Value);
                    }
                }

                foreach (var fragment in fragments)
                {
                    if (!used.Contains(fragment.Name.Value))
                    {
                        context.ReportError(new GraphQLError($"Fragment \"{fragment.Name.Value}\" is never used.", [fragment]));
                    }
                }
            });
    }
}
