using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Named operations must have distinct names.</summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    public static readonly UniqueOperationNamesRule Instance = new();

    public string Name => nameof(UniqueOperationNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
    {
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        return new SyntaxVisitor()
            .EnterWithAction<OperationDefinitionNode>(SyntaxKind.OperationDefinition, operation =>
            {
                if (operation.Name is { } name)
                {
                    if (known.TryGetValue(name.Value, out var first))
                    {
                        context.ReportError(new GraphQLError(
                            $"There can be only one operation named \"{name.Value}\".", [first, name]));
                    }
                    else
                    {
                        known[name.Value] = name;
                    }
                }

                return VisitorAction.Skip;
            })
            .EnterWithAction<FragmentDefinitionNode>(SyntaxKind.FragmentDefinition, _ => VisitorAction.Skip);
    }
}
