using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Fields and directives must be given their required (non-null, no default) arguments.</summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public static readonly ProvidedRequiredArgumentsRule Instance = new();

    public string Name => nameof(ProvidedRequiredArgumentsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
        => ProvidedRequiredArgumentsOnDirectivesRule.AddTo(new SyntaxVisitor(), context)
            .Leave<FieldNode>(SyntaxKind.Field, field =>
            {
                if (context.TypeInfo.FieldDef is not { } definition)
                {
                    return;
                }

                foreach (var argument in definition.Arguments.Values)
                {
                    if (argument.Type is NonNullType && !argument.HasDefaultValue
                        && !field.Arguments.Any(given => given.Name.Value == argument.Name))
                    {
                        context.ReportError(new GraphQLError(
                            $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            [field]));
                    }
                }
            });
}
