using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Directives must be defined (by the schema or the document) and used only at locations they declare.</summary>
public sealed class KnownDirectivesRule : IValidationRule, ISdlValidationRule
{
    public static readonly KnownDirectivesRule Instance = new();

    public string Name => nameof(KnownDirectivesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => Create(context);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => Create(context);

    private static SyntaxVisitor Create(DocumentValidationContext context)
    {
        var locationsByName = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var directive in context.Schema?.Directives ?? DirectiveDefinition.Specified)
        {
            locationsByName[directive.Name] = [.. directive.Locations.Select(location => location.ToName())];
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                locationsByName[directive.Name.Value] = [.. directive.Locations.Select(location => location.Value)];
            }
        }

        return new SyntaxVisitor().Enter(SyntaxKind.Directive, (node, ancestors) =>
        {
            var directive = (DirectiveNode)node;
            var name = directive.Name.Value;
            if (!locationsByName.TryGetValue(name, out var locations))
            {
                context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", [directive]));
                return VisitorAction.Continue;
            }

            if (LocationOf(ancestors) is { } location && !locations.Contains(location))
            {
                context.ReportError(new GraphQLError($"Directive \"@{name}\" may not be used on {location}.", [directive]));
            }

            return VisitorAction.Continue;
        });
    }

    // The location name of the node the directive is applied to (its parent).
    private static string? LocationOf(IReadOnlyList<SyntaxNode> ancestors)
    {
        var appliedTo = ancestors[^1];
        return appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => "QUERY",
                OperationType.Mutation => "MUTATION",
                _ => "SUBSCRIPTION",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => "VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",

            // Like graphql-js, only a field of an input object *definition* counts as an input field definition.
            InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode
                ? "INPUT_FIELD_DEFINITION"
                : "ARGUMENT_DEFINITION",
            _ => null,
        };
    }
}
