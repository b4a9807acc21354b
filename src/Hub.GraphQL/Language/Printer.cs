using Hub.GraphQL.Language.Syntax;
using static Hub.GraphQL.Language.PrintText;

namespace Hub.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL source, byte for byte as graphql-js 16.15's <c>print</c>: two-space indentation,
/// field arguments wrapped one per line once the line would exceed 80 characters, block strings laid out by
/// <see cref="BlockString.Print"/>.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node) => node switch
    {
        NameNode name => name.Value,
        VariableNode variable => "$" + variable.Name.Value,
        DocumentNode document => Join(document.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode variableDefinition => PrintVariableDefinition(variableDefinition),
        SelectionSetNode selectionSet => Block(selectionSet.Selections.Select(Print)),
        FieldNode field => PrintField(field),
        ArgumentNode argument => argument.Name.Value + ": " + Print(argument.Value),
        FragmentSpreadNode spread => Join(["...", spread.Name.Value, Wrap(" ", Directives(spread.Directives))]),
        InlineFragmentNode inline => Join(
            ["...", Wrap("on ", PrintOptional(inline.TypeCondition)), Directives(inline.Directives), Print(inline.SelectionSet)],
            " "),
        FragmentDefinitionNode fragment => PrintFragmentDefinition(fragment),
        IntValueNode intValue => intValue.Value,
        FloatValueNode floatValue => floatValue.Value,
        StringValueNode stringValue => stringValue.Block ? BlockString.Print(stringValue.Value) : QuotedString(stringValue.Value),
        BooleanValueNode booleanValue => booleanValue.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(list.Values.Select(Print), ", ") + "]",
        ObjectValueNode obj => "{" + Join(obj.Fields.Select(Print), ", ") + "}",
        ObjectFieldNode objectField => objectField.Name.Value + ": " + Print(objectField.Value),
        DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(directive.Arguments.Select(Print), ", "), ")"),
        NamedTypeNode namedType => namedType.Name.Value,
        ListTypeNode listType => "[" + Print(listType.Type) + "]",
        NonNullTypeNode nonNullType => Print(nonNullType.Type) + "!",
        _ => PrintTypeSystem(node),
    };

    private static string? PrintOptional(SyntaxNode? node) => node is null ? null : Print(node);

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string Description(StringValueNode? description) => Wrap(string.Empty, PrintOptional(description), "\n");

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var variableDefinitions = node.VariableDefinitions.Select(Print).ToList();
        var variables = HasMultilineItems(variableDefinitions)
            ? Wrap("(\n", Join(variableDefinitions, "\n"), "\n)")
            : Wrap("(", Join(variableDefinitions, ", "), ")");
        var operation = OperationName(node.Operation);
        var prefix = Join(
        [
            Description(node.Description),
            Join([operation, Join([PrintOptional(node.Name), variables]), Directives(node.Directives)], " "),
        ]);

        // An anonymous query with nothing but a selection set prints in shorthand form.
        var head = node.Operation == OperationType.Query && prefix.Length == operation.Length ? string.Empty : prefix + " ";
        return head + Print(node.SelectionSet);
    }

    private static string PrintVariableDefinition(VariableDefinitionNode node) => Join(
    [
        Description(node.Description),
        Print(node.Variable),
        ": ",
        Print(node.Type),
        Wrap(" = ", PrintOptional(node.DefaultValue)),
        Wrap(" ", Directives(node.Directives)),
    ]);

    private static string PrintField(FieldNode node)
    {
        var prefix = Wrap(string.Empty, node.Alias?.Value, ": ") + node.Name.Value;
        var head = prefix;
        if (node.Arguments.Count > 0)
        {
            var arguments = node.Arguments.Select(Print).ToList();
            var singleLine = Join(arguments, ", ");
            head += prefix.Length + singleLine.Length + 2 > MaxLineLength
                ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
                : Wrap("(", singleLine, ")");
        }

        return Join([head, Wrap(" ", Directives(node.Directives)), Wrap(" ", PrintOptional(node.SelectionSet))]);
    }

    private static string PrintFragmentDefinition(FragmentDefinitionNode node) => Join(
    [
        Description(node.Description),
        "fragment ",
        node.Name.Value,
        Wrap("(", Join(node.VariableDefinitions.Select(Print), ", "), ")"),
        " on ",
        Print(node.TypeCondition),
        " ",
        Wrap(string.Empty, Directives(node.Directives), " "),
        Print(node.SelectionSet),
    ]);

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
