using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>A field or directive must not be given the same argument twice.</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule, ISdlValidationRule
{
    public static readonly UniqueArgumentNamesRule Instance = new();

    public string Name => nameof(UniqueArgumentNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => Create(context);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => Create(context);

    private static SyntaxVisitor Create(DocumentValidationContext context) => new SyntaxVisitor()
        .Enter<FieldNode>(SyntaxKind.Field, field => Check(context, field.Arguments))
        .Enter<DirectiveNode>(SyntaxKind.Directive, directive => Check(context, directive.Arguments));

    private static void Check(DocumentValidationContext context, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (var group in arguments.GroupBy(argument => argument.Name.Value, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                context.ReportError(new GraphQLError(
                    $"There can be only one argument named \"{group.Key}\".", group.Select(argument => argument.Name)));
            }
        }
    }
}
