using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation;

/// <summary>graphql-js's <c>visitWithTypeInfo</c>: keeps a <see cref="TypeInfo"/> in step with the walk around an inner visitor.</summary>
public sealed class TypeInfoVisitor(TypeInfo typeInfo, ISyntaxVisitor inner) : ISyntaxVisitor
{
    public VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        typeInfo.Enter(node);
        var action = inner.Enter(node, ancestors);
        if (action != VisitorAction.Continue)
        {
            // The walker will not call Leave for a skipped node, so the type stacks are unwound here.
            typeInfo.Leave(node);
        }

        return action;
    }

    public VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var action = inner.Leave(node, ancestors);
        typeInfo.Leave(node);
        return action;
    }
}
