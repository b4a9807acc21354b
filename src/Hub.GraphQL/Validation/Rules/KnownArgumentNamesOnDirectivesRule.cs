using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Arguments given to a known directive must be declared by it (graphql-js's internal SDL half of KnownArgumentNamesRule).</summary>
public sealed class KnownArgumentNamesOnDirectivesRule : IValidationRule, ISdlValidationRule
{
    public static readonly KnownArgumentNamesOnDirectivesRule Instance = new();

    public string Name => nameof(KnownArgumentNamesOnDirectivesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => AddTo(new SyntaxVisitor(), context);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => AddTo(new SyntaxVisitor(), context);

    /// <summary>Adds the directive check to <paramref name="visitor"/>; it skips directive arguments afterwards.</summary>
    internal static SyntaxVisitor AddTo(SyntaxVisitor visitor, DocumentValidationContext context)
    {
        var argumentsByDirective = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var directive in context.Schema?.Directives ?? DirectiveDefinition.Specified)
        {
            argumentsByDirective[directive.Name] = [.. directive.Arguments.Keys];
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                argumentsByDirective[directive.Name.Value] = [.. directive.Arguments.Select(argument => argument.Name.Value)];
            }
        }

        return visitor.EnterWithAction<DirectiveNode>(SyntaxKind.Directive, directive =>
        {
            var name = directive.Name.Value;
            if (argumentsByDirective.TryGetValue(name, out var known))
            {
                foreach (var argument in directive.Arguments)
                {
                    var argumentName = argument.Name.Value;
                    if (!known.Contains(argumentName))
                    {
                        var suggestions = context.SuggestionList(argumentName, known);
                        context.ReportError(new GraphQLError(
                            $"Unknown argument \"{argumentName}\" on directive \"@{name}\".{Suggestions.DidYouMean(suggestions)}",
                            [argument]));
                    }
                }
            }

            return VisitorAction.Skip;
        });
    }
}
