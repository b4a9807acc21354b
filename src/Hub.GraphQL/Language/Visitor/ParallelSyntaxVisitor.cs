using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Language.Visitor;

/// <summary>
/// graphql-js's <c>visitInParallel</c>: runs several visitors in one walk. A visitor that skips a node is left out
/// until that node is left; one that breaks is left out for the rest of the walk. The functions are grouped per kind
/// up front, so a node only calls the visitors that handle its kind.
/// </summary>
public sealed class ParallelSyntaxVisitor : ISyntaxVisitor
{
    private static readonly SyntaxNode Broken = new NameNode(string.Empty, null);

    private readonly (int Visitor, SyntaxVisitFunction Function)[]?[] _enter;
    private readonly (int Visitor, SyntaxVisitFunction Function)[]?[] _leave;
    private readonly SyntaxNode?[] _skipping;
    private int _skipCount;

    public ParallelSyntaxVisitor(IReadOnlyList<SyntaxVisitor> visitors)
    {
        _skipping = new SyntaxNode?[visitors.Count];
        _enter = GroupByKind(visitors, visitor => visitor.Enters);
        _leave = GroupByKind(visitors, visitor => visitor.Leaves);
    }

    public VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var functions = _enter[(int)node.Kind];
        if (functions is null)
        {
            return VisitorAction.Continue;
        }

        foreach (var (visitor, function) in functions)
        {
            if (_skipping[visitor] is not null)
            {
                continue;
            }

            switch (function(node, ancestors))
            {
                case VisitorAction.Skip:
                    _skipping[visitor] = node;
                    _skipCount++;
                    break;
                case VisitorAction.Break:
                    _skipping[visitor] = Broken;
                    _skipCount++;
                    break;
            }
        }

        return VisitorAction.Continue;
    }

    public VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (_leave[(int)node.Kind] is { } functions)
        {
            foreach (var (visitor, function) in functions)
            {
                if (_skipping[visitor] is null && function(node, ancestors) == VisitorAction.Break)
                {
                    _skipping[visitor] = Broken;
                    _skipCount++;
                }
            }
        }

        if (_skipCount > 0)
        {
            // A visitor that skipped this node resumes after it (without seeing its leave), whether or not it has
            // a leave function for this kind.
            for (var i = 0; i < _skipping.Length; i++)
            {
                if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                    _skipCount--;
                }
            }
        }

        return VisitorAction.Continue;
    }

    // Per kind, the functions of every visitor in visitor order (a visitor's own functions in registration order).
    private static (int Visitor, SyntaxVisitFunction Function)[]?[] GroupByKind(
        IReadOnlyList<SyntaxVisitor> visitors,
        Func<SyntaxVisitor, IReadOnlyList<(SyntaxKind Kind, SyntaxVisitFunction Function)>> registrations)
    {
        var lists = new List<(int, SyntaxVisitFunction)>?[SyntaxVisitor.KindCount];
        for (var i = 0; i < visitors.Count; i++)
        {
            foreach (var (kind, function) in registrations(visitors[i]))
            {
                (lists[(int)kind] ??= []).Add((i, function));
            }
        }

        var table = new (int Visitor, SyntaxVisitFunction Function)[]?[SyntaxVisitor.KindCount];
        for (var kind = 0; kind < table.Length; kind++)
        {
            table[kind] = lists[kind]?.ToArray();
        }

        return table;
    }
}
