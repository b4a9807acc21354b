using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Fragment spreads must name a fragment defined in the document.</summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    public static readonly KnownFragmentNamesRule Instance = new();

    public string Name => nameof(KnownFragmentNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new SyntaxVisitor()
        .Enter<FragmentSpreadNode>(SyntaxKind.FragmentSpread, spread =>
        {
            if (context.GetFragment(spread.Name.Value) is null)
            {
                context.ReportError(new GraphQLError($"Unknown fragment \"{spread.Name.Value}\".", [spread.Name]));
            }
        });
}
