using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Arguments given to a field or directive must be declared by it.</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public static readonly KnownArgumentNamesRule Instance = new();

    public string Name => nameof(KnownArgumentNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
        => KnownArgumentNamesOnDirectivesRule.AddTo(new SyntaxVisitor(), context)
            .Enter<ArgumentNode>(SyntaxKind.Argument, argument =>
            {
                var typeInfo = context.TypeInfo;
                if (typeInfo.Argument is not null || typeInfo.FieldDef is not { } field || typeInfo.ParentType is not NamedType parentType)
                {
                    return;
                }

                var name = argument.Name.Value;
                var suggestions = context.SuggestionList(name, field.Arguments.Keys);
                context.ReportError(new GraphQLError(
                    $"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\".{Suggestions.DidYouMean(suggestions)}",
                    [argument]));
            });
}
