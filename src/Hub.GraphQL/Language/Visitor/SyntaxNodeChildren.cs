using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Language.Visitor;

/// <summary>The child nodes of each kind of node, in graphql-js's <c>QueryDocumentKeys</c> order.</summary>
public static class SyntaxNodeChildren
{
    /// <summary>Appends the children of <paramref name="node"/> to <paramref name="children"/>, in visiting order.</summary>
    public static void AddTo(SyntaxNode node, List<SyntaxNode> children)
    {
        switch (node)
        {
            case DocumentNode document:
                AddAll(children, document.Definitions);
                break;
            case OperationDefinitionNode operation:
                AddOptional(children, operation.Name);
                AddAll(children, operation.VariableDefinitions);
                AddAll(children, operation.Directives);
                children.Add(operation.SelectionSet);
                break;
            case VariableDefinitionNode variableDefinition:
                children.Add(variableDefinition.Variable);
                children.Add(variableDefinition.Type);
                AddOptional(children, variableDefinition.DefaultValue);
                AddAll(children, variableDefinition.Directives);
                break;
            case VariableNode variable:
                children.Add(variable.Name);
                break;
            case SelectionSetNode selectionSet:
                AddAll(children, selectionSet.Selections);
                break;
            case FieldNode field:
                AddOptional(children, field.Alias);
                children.Add(field.Name);
                AddAll(children, field.Arguments);
                AddAll(children, field.Directives);
                AddOptional(children, field.SelectionSet);
                break;
            case ArgumentNode argument:
                children.Add(argument.Name);
                children.Add(argument.Value);
                break;
            case FragmentSpreadNode spread:
                children.Add(spread.Name);
                AddAll(children, spread.Directives);
                break;
            case InlineFragmentNode inlineFragment:
                AddOptional(children, inlineFragment.TypeCondition);
                AddAll(children, inlineFragment.Directives);
                children.Add(inlineFragment.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                children.Add(fragment.Name);
                AddAll(children, fragment.VariableDefinitions);
                children.Add(fragment.TypeCondition);
                AddAll(children, fragment.Directives);
                children.Add(fragment.SelectionSet);
                break;
            case ListValueNode list:
                AddAll(children, list.Values);
                break;
            case ObjectValueNode objectValue:
                AddAll(children, objectValue.Fields);
                break;
            case ObjectFieldNode objectField:
                children.Add(objectField.Name);
                children.Add(objectField.Value);
                break;
            case DirectiveNode directive:
                children.Add(directive.Name);
                AddAll(children, directive.Arguments);
                break;
            case NamedTypeNode namedType:
                children.Add(namedType.Name);
                break;
            case ListTypeNode listType:
                children.Add(listType.Type);
                break;
            case NonNullTypeNode nonNullType:
                children.Add(nonNullType.Type);
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
