using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Language.Visitor;

/// <summary>
/// A visitor made of enter/leave functions registered per <see cref="SyntaxKind"/> (graphql-js's
/// <c>{ Field: { enter, leave } }</c> visitor object). Dispatch is an array lookup by kind.
/// </summary>
public sealed class SyntaxVisitor : ISyntaxVisitor
{
    internal static readonly int KindCount = Enum.GetValues<SyntaxKind>().Length;

    private SyntaxVisitFunction?[]? _enter;
    private SyntaxVisitFunction?[]? _leave;

    /// <summary>Registers (or chains after an existing one) the function called when entering nodes of <paramref name="kind"/>.</summary>
    public SyntaxVisitor Enter(SyntaxKind kind, SyntaxVisitFunction function)
    {
        Add(ref _enter, kind, function);
        return this;
    }

    /// <summary>Registers (or chains after an existing one) the function called when leaving nodes of <paramref name="kind"/>.</summary>
    public SyntaxVisitor Leave(SyntaxKind kind, SyntaxVisitFunction function)
    {
        Add(ref _leave, kind, function);
        return this;
    }

    /// <summary>Registers a typed enter function that never skips.</summary>
    public SyntaxVisitor Enter<TNode>(SyntaxKind kind, Action<TNode> function)
        where TNode : SyntaxNode
        => Enter(kind, (node, _) =>
        {
            function((TNode)node);
            return VisitorAction.Continue;
        });

    /// <summary>Registers a typed enter function that decides whether to skip the subtree or stop.</summary>
    public SyntaxVisitor EnterWithAction<TNode>(SyntaxKind kind, Func<TNode, VisitorAction> function)
        where TNode : SyntaxNode
        => Enter(kind, (node, _) => function((TNode)node));

    /// <summary>Registers a typed leave function.</summary>
    public SyntaxVisitor Leave<TNode>(SyntaxKind kind, Action<TNode> function)
        where TNode : SyntaxNode
        => Leave(kind, (node, _) =>
        {
            function((TNode)node);
            return VisitorAction.Continue;
        });

    /// <summary>The enter function for <paramref name="kind"/>, if any.</summary>
    public SyntaxVisitFunction? GetEnter(SyntaxKind kind) => _enter?[(int)kind];

    /// <summary>The leave function for <paramref name="kind"/>, if any.</summary>
    public SyntaxVisitFunction? GetLeave(SyntaxKind kind) => _leave?[(int)kind];

    public VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        => _enter?[(int)node.Kind] is { } function ? function(node, ancestors) : VisitorAction.Continue;

    public VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        => _leave?[(int)node.Kind] is { } function ? function(node, ancestors) : VisitorAction.Continue;

    private static void Add(ref SyntaxVisitFunction?[]? table, SyntaxKind kind, SyntaxVisitFunction function)
    {
        table ??= new SyntaxVisitFunction?[KindCount];
        var existing = table[(int)kind];
        table[(int)kind] = existing is null ? function : Chain(existing, function);
    }

    // Two registrations for one kind run in order; the first one's Skip or Break wins.
    private static SyntaxVisitFunction Chain(SyntaxVisitFunction first, SyntaxVisitFunction second)
        => (node, ancestors) =>
        {
            var action = first(node, ancestors);
            return action == VisitorAction.Continue ? second(node, ancestors) : action;
        };
}
