using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Optional rule (not in <see cref="SpecifiedRules.All"/>): rejects any field that returns an introspection type, disabling schema introspection.</summary>
public sealed class NoSchemaIntrospectionCustomRule : IValidationRule
{
    public static readonly NoSchemaIntrospectionCustomRule Instance = new();

    private static readonly HashSet<string> IntrospectionTypeNames =
        ["__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"];

    public string Name => nameof(NoSchemaIntrospectionCustomRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new SyntaxVisitor()
        .Enter<FieldNode>(SyntaxKind.Field, field =>
        {
            if (context.TypeInfo.Type?.NamedType() is { } type && IntrospectionTypeNames.Contains(type.Name))
            {
                context.ReportError(new GraphQLError(
                    $"GraphQL introspection has been disabled, but the requested query contained the field \"{field.Name.Value}\".",
                    [field]));
            }
        });
}
