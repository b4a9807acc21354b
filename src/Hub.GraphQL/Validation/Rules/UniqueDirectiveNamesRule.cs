using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>SDL must not define a directive twice, nor redefine a directive of the schema it extends.</summary>
public sealed class UniqueDirectiveNamesRule : ISdlValidationRule
{
    public static readonly UniqueDirectiveNamesRule Instance = new();

    public string Name => nameof(UniqueDirectiveNamesRule);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context)
    {
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        return new SyntaxVisitor().EnterWithAction<DirectiveDefinitionNode>(SyntaxKind.DirectiveDefinition, definition =>
        {
            var name = definition.Name;
            if (context.Schema?.GetDirective(name.Value) is not null)
            {
                context.ReportError(new GraphQLError(
                    $"Directive \"@{name.Value}\" already exists in the schema. It cannot be redefined.", [name]));
                return VisitorAction.Continue;
            }

            if (known.TryGetValue(name.Value, out var first))
            {
                context.ReportError(new GraphQLError($"There can be only one directive named \"@{name.Value}\".", [first, name]));
            }
            else
            {
                known[name.Value] = name;
            }

            return VisitorAction.Skip;
        });
    }
}
