using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Language.Visitor;

/// <summary>The child nodes of each kind of node, in graphql-js's <c>QueryDocumentKeys</c> order.</summary>
public static class SyntaxNodeChildren
{
    /// <summary>Appends the children of <paramref name="node"/> to <paramref name="children"/>, in visiting order.</summary>
    public static void AddTo(SyntaxNode node, List<SyntaxNode> children)
    {
        // A switch on the kind is a jump table; matching on node types would test them one by one.
        switch (node.Kind)
        {
            case SyntaxKind.Document:
                var document = (DocumentNode)node;
                AddAll(children, document.Definitions);
                break;
            case SyntaxKind.OperationDefinition:
                var operation = (OperationDefinitionNode)node;
                AddOptional(children, operation.Name);
                AddAll(children, operation.VariableDefinitions);
                AddAll(children, operation.Directives);
                children.Add(operation.SelectionSet);
                break;
            case SyntaxKind.VariableDefinition:
                var variableDefinition = (VariableDefinitionNode)node;
                children.Add(variableDefinition.Variable);
                children.Add(variableDefinition.Type);
                AddOptional(children, variableDefinition.DefaultValue);
                AddAll(children, variableDefinition.Directives);
                break;
            case SyntaxKind.Variable:
                var variable = (VariableNode)node;
                children.Add(variable.Name);
                break;
            case SyntaxKind.SelectionSet:
                var selectionSet = (SelectionSetNode)node;
                AddAll(children, selectionSet.Selections);
                break;
            case SyntaxKind.Field:
                var field = (FieldNode)node;
                AddOptional(children, field.Alias);
                children.Add(field.Name);
                AddAll(children, field.Arguments);
                AddAll(children, field.Directives);
                AddOptional(children, field.SelectionSet);
                break;
            case SyntaxKind.Argument:
                var argument = (ArgumentNode)node;
                children.Add(argument.Name);
                children.Add(argument.Value);
                break;
            case SyntaxKind.FragmentSpread:
                var spread = (FragmentSpreadNode)node;
                children.Add(spread.Name);
                AddAll(children, spread.Directives);
                break;
            case SyntaxKind.InlineFragment:
                var inlineFragment = (InlineFragmentNode)node;
                AddOptional(children, inlineFragment.TypeCondition);
                AddAll(children, inlineFragment.Directives);
                children.Add(inlineFragment.SelectionSet);
                break;
            case SyntaxKind.FragmentDefinition:
                var fragment = (FragmentDefinitionNode)node;
                children.Add(fragment.Name);
                AddAll(children, fragment.VariableDefinitions);
                children.Add(fragment.TypeCondition);
                AddAll(children, fragment.Directives);
                children.Add(fragment.SelectionSet);
                break;
            case SyntaxKind.ListValue:
                var list = (ListValueNode)node;
                AddAll(children, list.Values);
                break;
            case SyntaxKind.ObjectValue:
                var objectValue = (ObjectValueNode)node;
                AddAll(children, objectValue.Fields);
                break;
            case SyntaxKind.ObjectField:
                var objectField = (ObjectFieldNode)node;
                children.Add(objectField.Name);
                children.Add(objectField.Value);
                break;
            case SyntaxKind.Directive:
                var directive = (DirectiveNode)node;
                children.Add(directive.Name);
                AddAll(children, directive.Arguments);
                break;
            case SyntaxKind.NamedType:
                var namedType = (NamedTypeNode)node;
                children.Add(namedType.Name);
                break;
            case SyntaxKind.ListType:
                var listType = (ListTypeNode)node;
                children.Add(listType.Type);
                break;
            case SyntaxKind.NonNullType:
                var nonNullType = (NonNullTypeNode)node;
                children.Add(nonNullType.Type);
                break;
            case SyntaxKind.Name:
            case SyntaxKind.IntValue:
            case SyntaxKind.FloatValue:
            case SyntaxKind.StringValue:
            case SyntaxKind.BooleanValue:
            case SyntaxKind.NullValue:
            case SyntaxKind.EnumValue:
                break;
            default:
                TypeSystemChildren.AddTo(node, children);
                break;
        }
    }

    internal static void AddAll<TNode>(List<SyntaxNode> children, IReadOnlyList<TNode> nodes)
        where TNode : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            children.Add(nodes[i]);
        }
    }

    internal static void AddOptional(List<SyntaxNode> children, SyntaxNode? node)
    {
        if (node is not null)
        {
            children.Add(node);
        }
    }
}
