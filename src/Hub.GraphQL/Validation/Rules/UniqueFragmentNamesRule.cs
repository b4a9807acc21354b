using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Fragment definitions must have distinct names.</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public static readonly UniqueFragmentNamesRule Instance = new();

    public string Name => nameof(UniqueFragmentNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
    {
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        return new SyntaxVisitor()
            .EnterWithAction<OperationDefinitionNode>(SyntaxKind.OperationDefinition, _ => VisitorAction.Skip)
            .EnterWithAction<FragmentDefinitionNode>(SyntaxKind.FragmentDefinition, fragment =>
            {
                var name = fragment.Name;
                if (known.TryGetValue(name.Value, out var first))
                {
                    context.ReportError(new GraphQLError(
                        $"There can be only one fragment named \"{name.Value}\".", [first, name]));
                }
                else
                {
                    known[name.Value] = name;
                }

                return VisitorAction.Skip;
            });
    }
}
