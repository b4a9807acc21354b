using Hub.GraphQL.Language.Syntax;
using static Hub.GraphQL.Language.Visitor.SyntaxNodeChildren;

namespace Hub.GraphQL.Language.Visitor;

/// <summary>The children of type-system definition and extension nodes, in graphql-js's <c>QueryDocumentKeys</c> order.</summary>
internal static class TypeSystemChildren
{
    public static void AddTo(SyntaxNode node, List<SyntaxNode> children)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                AddOptional(children, schema.Description);
                AddAll(children, schema.Directives);
                AddAll(children, schema.OperationTypes);
                break;
            case SchemaExtensionNode schemaExtension:
                AddAll(children, schemaExtension.Directives);
                AddAll(children, schemaExtension.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                children.Add(operationType.Type);
                break;
            case TypeDefinitionNode definition:
                AddOptional(children, definition.Description);
                children.Add(definition.Name);
                AddTypeMembers(definition, children);
                break;
            case TypeExtensionNode extension:
                children.Add(extension.Name);
                AddTypeMembers(extension, children);
                break;
            case FieldDefinitionNode field:
                AddOptional(children, field.Description);
                children.Add(field.Name);
                AddAll(children, field.Arguments);
                children.Add(field.Type);
                AddAll(children, field.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                AddOptional(children, inputValue.Description);
                children.Add(inputValue.Name);
                children.Add(inputValue.Type);
                AddOptional(children, inputValue.DefaultValue);
                AddAll(children, inputValue.Directives);
                break;
            case EnumValueDefinitionNode enumValue:
                AddOptional(children, enumValue.Description);
                children.Add(enumValue.Name);
                AddAll(children, enumValue.Directives);
                break;
            case DirectiveDefinitionNode directive:
                AddOptional(children, directive.Description);
                children.Add(directive.Name);
                AddAll(children, directive.Arguments);
                AddAll(children, directive.Locations);
                break;
        }
    }

    // Definitions and extensions share their member order after the name.
    private static void AddTypeMembers(SyntaxNode node, List<SyntaxNode> children)
    {
        switch (node)
        {
            case ObjectTypeDefinitionNode objectType:
                AddAll(children, objectType.Interfaces);
                AddAll(children, objectType.Directives);
                AddAll(children, objectType.Fields);
                break;
            case ObjectTypeExtensionNode objectType:
                AddAll(children, objectType.Interfaces);
                AddAll(children, objectType.Directives);
                AddAll(children, objectType.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                AddAll(children, interfaceType.Interfaces);
                AddAll(children, interfaceType.Directives);
                AddAll(children, interfaceType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceType:
                AddAll(children, interfaceType.Interfaces);
                AddAll(children, interfaceType.Directives);
                AddAll(children, interfaceType.Fields);
                break;
            case UnionTypeDefinitionNode union:
                AddAll(children, union.Directives);
                AddAll(children, union.Types);
                break;
            case UnionTypeExtensionNode union:
                AddAll(children, union.Directives);
                AddAll(children, union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                AddAll(children, enumType.Directives);
                AddAll(children, enumType.Values);
                break;
            case EnumTypeExtensionNode enumType:
                AddAll(children, enumType.Directives);
                AddAll(children, enumType.Values);
                break;
            case InputObjectTypeDefinitionNode inputType:
                AddAll(children, inputType.Directives);
                AddAll(children, inputType.Fields);
                break;
            case InputObjectTypeExtensionNode inputType:
                AddAll(children, inputType.Directives);
                AddAll(children, inputType.Fields);
                break;
            case IHasDirectives scalar:
                AddAll(children, scalar.Directives);
                break;
        }
    }
}
