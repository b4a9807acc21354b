using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Type references must name a type of the schema or of the document.</summary>
public sealed class KnownTypeNamesRule : IValidationRule, ISdlValidationRule
{
    public static readonly KnownTypeNamesRule Instance = new();

    // graphql-js's specifiedScalarTypes and introspectionTypes: SDL may reference them without defining them.
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    public string Name => nameof(KnownTypeNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => Create(context);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => Create(context);

    private static SyntaxVisitor Create(DocumentValidationContext context)
    {
        var schema = context.Schema;
        var definedTypes = new List<string>();
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                definedTypes.Add(type.Name.Value);
            }
        }

        return new SyntaxVisitor().Enter(SyntaxKind.NamedType, (node, ancestors) =>
        {
            var typeName = ((NamedTypeNode)node).Name.Value;
            if (schema?.GetType(typeName) is not null || definedTypes.Contains(typeName))
            {
                return VisitorAction.Continue;
            }

            // The top-level definition around the reference decides whether this is SDL.
            var definition = ancestors.Count > 1 ? ancestors[1] : ancestors.LastOrDefault();
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && StandardTypeNames.Contains(typeName))
            {
                return VisitorAction.Continue;
            }

            // Suggestions come from the schema's types, then the document's (graphql-js's order before sorting).
            var typeNames = (schema?.Types.Keys ?? []).Concat(definedTypes).Distinct();
            var suggestions = context.SuggestionList(typeName, isSdl ? StandardTypeNames.Concat(typeNames) : typeNames);
            context.ReportError(new GraphQLError($"Unknown type \"{typeName}\".{Suggestions.DidYouMean(suggestions)}", [node]));
            return VisitorAction.Continue;
        });
    }
}
