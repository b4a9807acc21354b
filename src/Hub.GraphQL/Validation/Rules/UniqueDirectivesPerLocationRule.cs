using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>A non-repeatable directive may appear once per location (per type, across a type and its extensions).</summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule, ISdlValidationRule
{
    public static readonly UniqueDirectivesPerLocationRule Instance = new();

    public string Name => nameof(UniqueDirectivesPerLocationRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => Create(context);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => Create(context);

    private static SyntaxVisitor Create(DocumentValidationContext context)
    {
        var unique = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var directive in context.Schema?.Directives ?? DirectiveDefinition.Specified)
        {
            unique[directive.Name] = !directive.IsRepeatable;
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                unique[directive.Name.Value] = !directive.Repeatable;
            }
        }

        var schemaDirectives = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        var typeDirectives = new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);

        SyntaxVisitFunction check = (node, _) =>
        {
            var directives = ((IHasDirectives)node).Directives;
            if (directives.Count == 0)
            {
                return VisitorAction.Continue;
            }

            var seen = node switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => schemaDirectives,
                TypeDefinitionNode type => SeenForType(typeDirectives, type.Name.Value),
                TypeExtensionNode extension => SeenForType(typeDirectives, extension.Name.Value),
                _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
            };

            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!unique.GetValueOrDefault(name))
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    context.ReportError(new GraphQLError(
                        $"The directive \"@{name}\" can only be used once at this location.", [first, directive]));
                }
                else
                {
                    seen[name] = directive;
                }
            }

            return VisitorAction.Continue;
        };

        var visitor = new SyntaxVisitor();
        foreach (var kind in KindsWithDirectives)
        {
            visitor.Enter(kind, check);
        }

        return visitor;
    }

    private static readonly SyntaxKind[] KindsWithDirectives =
    [
        SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread,
        SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition, SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension,
        SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.FieldDefinition,
        SyntaxKind.InputValueDefinition, SyntaxKind.InterfaceTypeDefinition, SyntaxKind.UnionTypeDefinition,
        SyntaxKind.EnumTypeDefinition, SyntaxKind.EnumValueDefinition, SyntaxKind.InputObjectTypeDefinition,
        SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
    ];

    private static Dictionary<string, DirectiveNode> SeenForType(
        Dictionary<string, Dictionary<string, DirectiveNode>> typeDirectives, string typeName)
    {
        if (!typeDirectives.TryGetValue(typeName, out var seen))
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            typeDirectives[typeName] = seen;
        }

        return seen;
    }
}
