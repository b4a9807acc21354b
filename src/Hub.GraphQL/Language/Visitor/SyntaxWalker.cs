using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Language.Visitor;

/// <summary>
/// graphql-js's <c>visit</c> (without AST editing): a depth-first walk calling enter before and leave after each
/// node's children. It uses an explicit stack, so deeply nested documents cannot overflow the call stack.
/// </summary>
public static class SyntaxWalker
{
    /// <summary>Walks <paramref name="root"/> and its descendants with <paramref name="visitor"/>.</summary>
    public static void Visit(SyntaxNode root, ISyntaxVisitor visitor)
    {
        // Pending nodes, with a marker for the ones whose children are done and which now need leaving.
        var pending = new List<SyntaxNode>(64) { root };
        var leaving = new List<bool>(64) { false };
        var ancestors = new List<SyntaxNode>(16);

        while (pending.Count > 0)
        {
            var last = pending.Count - 1;
            var node = pending[last];
            var isLeave = leaving[last];
            pending.RemoveAt(last);
            leaving.RemoveAt(last);

            if (isLeave)
            {
                ancestors.RemoveAt(ancestors.Count - 1);
                if (visitor.Leave(node, ancestors) == VisitorAction.Break)
                {
                    return;
                }

                continue;
            }

            var action = visitor.Enter(node, ancestors);
            if (action == VisitorAction.Break)
            {
                return;
            }

            if (action == VisitorAction.Skip)
            {
                continue;
            }

            pending.Add(node);
            leaving.Add(true);
            ancestors.Add(node);

            // Children are pushed in reverse so that the first child is popped first.
            var start = pending.Count;
            SyntaxNodeChildren.AddTo(node, pending);
            var added = pending.Count - start;
            if (added > 1)
            {
                pending.Reverse(start, added);
            }

            for (var i = 0; i < added; i++)
            {
                leaving.Add(false);
            }
        }
    }
}
