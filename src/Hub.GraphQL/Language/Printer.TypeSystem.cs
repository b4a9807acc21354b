using Hub.GraphQL.Language.Syntax;
using static Hub.GraphQL.Language.PrintText;

namespace Hub.GraphQL.Language;

/// <summary>Printing of schema, type and directive definitions and of extensions.</summary>
public static partial class Printer
{
    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode schema => Join(
        [
            Description(schema.Description),
            Join(["schema", Directives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " "),
        ]),
        OperationTypeDefinitionNode operationType => OperationName(operationType.Operation) + ": " + Print(operationType.Type),
        ScalarTypeDefinitionNode scalar => Join(
            [Description(scalar.Description), Join(["scalar", scalar.Name.Value, Directives(scalar.Directives)], " ")]),
        ObjectTypeDefinitionNode objectType => Join(
        [
            Description(objectType.Description),
            Join(["type", .. FieldsContainer(objectType.Name, objectType.Interfaces, objectType.Directives, objectType.Fields)], " "),
        ]),
        FieldDefinitionNode field => Join(
        [
            Description(field.Description),
            field.Name.Value,
            ArgumentDefinitions(field.Arguments),
            ": ",
            Print(field.Type),
            Wrap(" ", Directives(field.Directives)),
        ]),
        InputValueDefinitionNode inputValue => Join(
        [
            Description(inputValue.Description),
            inputValue.Name.Value,
            ": ",
            Print(inputValue.Type),
            Wrap(" = ", PrintOptional(inputValue.DefaultValue)),
            Wrap(" ", Directives(inputValue.Directives)),
        ]),
        InterfaceTypeDefinitionNode interfaceType => Join(
        [
            Description(interfaceType.Description),
            Join(
                ["interface", .. FieldsContainer(interfaceType.Name, interfaceType.Interfaces, interfaceType.Directives, interfaceType.Fields)],
                " "),
        ]),
        UnionTypeDefinitionNode union => Join(
            [Description(union.Description), Join(["union", .. UnionBody(union.Name, union.Directives, union.Types)], " ")]),
        EnumTypeDefinitionNode enumType => Join(
        [
            Description(enumType.Description),
            Join(["enum", enumType.Name.Value, Directives(enumType.Directives), Block(enumType.Values.Select(Print))], " "),
        ]),
        EnumValueDefinitionNode enumValue => Join(
            [Description(enumValue.Description), Join([enumValue.Name.Value, Directives(enumValue.Directives)], " ")]),
        InputObjectTypeDefinitionNode input => Join(
        [
            Description(input.Description),
            Join(["input", input.Name.Value, Directives(input.Directives), Block(input.Fields.Select(Print))], " "),
        ]),
        DirectiveDefinitionNode directive => Join(
        [
            Description(directive.Description),
            "directive @",
            directive.Name.Value,
            ArgumentDefinitions(directive.Arguments),
            directive.Repeatable ? " repeatable" : string.Empty,
            " on ",
            Join(directive.Locations.Select(Print), " | "),
        ]),
        SchemaExtensionNode schema => Join(
            ["extend schema", Directives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", scalar.Name.Value, Directives(scalar.Directives)], " "),
        ObjectTypeExtensionNode objectType => Join(
            ["extend type", .. FieldsContainer(objectType.Name, objectType.Interfaces, objectType.Directives, objectType.Fields)],
            " "),
        InterfaceTypeExtensionNode interfaceType => Join(
            ["extend interface", .. FieldsContainer(interfaceType.Name, interfaceType.Interfaces, interfaceType.Directives, interfaceType.Fields)],
            " "),
        UnionTypeExtensionNode union => Join(["extend union", .. UnionBody(union.Name, union.Directives, union.Types)], " "),
        EnumTypeExtensionNode enumType => Join(
            ["extend enum", enumType.Name.Value, Directives(enumType.Directives), Block(enumType.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode input => Join(
            ["extend input", input.Name.Value, Directives(input.Directives), Block(input.Fields.Select(Print))], " "),
        _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
    };

    /// <summary>The name, <c>implements</c> clause, directives and field block of object and interface types.</summary>
    private static string[] FieldsContainer(
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
        => [name.Value, Wrap("implements ", Join(interfaces.Select(Print), " & ")), Directives(directives), Block(fields.Select(Print))];

    private static string[] UnionBody(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
        => [name.Value, Directives(directives), Wrap("= ", Join(types.Select(Print), " | "))];

    /// <summary>Argument definitions print on one line unless one of them spans several (e.g. has a block description).</summary>
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }
}
