using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>A type extension must extend a defined type of the same kind.</summary>
public sealed class PossibleTypeExtensionsRule : ISdlValidationRule
{
    public static readonly PossibleTypeExtensionsRule Instance = new();

    private static readonly SyntaxKind[] ExtensionKinds =
    [
        SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
    ];

    public string Name => nameof(PossibleTypeExtensionsRule);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context)
    {
        var definedTypes = new Dictionary<string, TypeDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                definedTypes[type.Name.Value] = type;
            }
        }

        var visitor = new SyntaxVisitor();
        foreach (var kind in ExtensionKinds)
        {
            visitor.Enter<TypeExtensionNode>(kind, extension => Check(context, definedTypes, extension));
        }

        return visitor;
    }

    private static void Check(SdlValidationContext context, Dictionary<string, TypeDefinitionNode> definedTypes, TypeExtensionNode extension)
    {
        var typeName = extension.Name.Value;
        var definition = definedTypes.GetValueOrDefault(typeName);
        var existing = context.Schema?.GetType(typeName);
        SyntaxKind? expected = definition is not null ? ExtensionKindOf(definition.Kind)
            : existing is not null ? ExtensionKindOf(existing.Kind)
            : null;

        if (expected is null)
        {
            var allNames = definedTypes.Keys.Concat(context.Schema?.Types.Keys ?? []).Distinct();
            var suggestions = Suggestions.List(typeName, allNames);
            context.ReportError(new GraphQLError(
                $"Cannot extend type \"{typeName}\" because it is not defined.{Suggestions.DidYouMean(suggestions)}", [extension.Name]));
        }
        else if (expected != extension.Kind)
        {
            context.ReportError(new GraphQLError(
                $"Cannot extend non-{KindName(extension.Kind)} type \"{typeName}\".",
                definition is not null ? [definition, extension] : [extension]));
        }
    }

    private static SyntaxKind? ExtensionKindOf(SyntaxKind definitionKind) => definitionKind switch
    {
        SyntaxKind.ScalarTypeDefinition => SyntaxKind.ScalarTypeExtension,
        SyntaxKind.ObjectTypeDefinition => SyntaxKind.ObjectTypeExtension,
        SyntaxKind.InterfaceTypeDefinition => SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeDefinition => SyntaxKind.UnionTypeExtension,
        SyntaxKind.EnumTypeDefinition => SyntaxKind.EnumTypeExtension,
        SyntaxKind.InputObjectTypeDefinition => SyntaxKind.InputObjectTypeExtension,
        _ => null,
    };

    private static SyntaxKind? ExtensionKindOf(TypeKind typeKind) => typeKind switch
    {
        TypeKind.Scalar => SyntaxKind.ScalarTypeExtension,
        TypeKind.Object => SyntaxKind.ObjectTypeExtension,
        TypeKind.Interface => SyntaxKind.InterfaceTypeExtension,
        TypeKind.Union => SyntaxKind.UnionTypeExtension,
        TypeKind.Enum => SyntaxKind.EnumTypeExtension,
        TypeKind.InputObject => SyntaxKind.InputObjectTypeExtension,
        _ => null,
    };

    private static string KindName(SyntaxKind extensionKind) => extensionKind switch
    {
        SyntaxKind.ScalarTypeExtension => "scalar",
        SyntaxKind.ObjectTypeExtension => "object",
        SyntaxKind.InterfaceTypeExtension => "interface",
        SyntaxKind.UnionTypeExtension => "union",
        SyntaxKind.EnumTypeExtension => "enum",
        _ => "input object",
    };
}
