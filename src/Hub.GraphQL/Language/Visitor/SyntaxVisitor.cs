using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Language.Visitor;

/// <summary>
/// A visitor made of enter/leave functions registered per <see cref="SyntaxKind"/> (graphql-js's
/// <c>{ Field: { enter, leave } }</c> visitor object). Dispatch is an array lookup by kind.
/// </summary>
public sealed class SyntaxVisitor : ISyntaxVisitor
{
    internal static readonly int KindCount = Enum.GetValues<SyntaxKind>().Length;

    // Registrations stay a short list (a rule handles a few kinds); tables indexed by kind are built only when this
    // visitor walks on its own, while ParallelSyntaxVisitor groups the lists of many visitors by kind directly.
    private readonly List<(SyntaxKind Kind, SyntaxVisitFunction Function)> _enters = [];
    private readonly List<(SyntaxKind Kind, SyntaxVisitFunction Function)> _leaves = [];
    private SyntaxVisitFunction?[]? _enterTable;
    private SyntaxVisitFunction?[]? _leaveTable;

    /// <summary>The enter functions in registration order (several for one kind run in order; the first Skip or Break wins).</summary>
    internal IReadOnlyList<(SyntaxKind Kind, SyntaxVisitFunction Function)> Enters => _enters;

    /// <summary>The leave functions in registration order.</summary>
    internal IReadOnlyList<(SyntaxKind Kind, SyntaxVisitFunction Function)> Leaves => _leaves;

    /// <summary>Registers a function called when entering nodes of <paramref name="kind"/>, after any registered before it.</summary>
    public SyntaxVisitor Enter(SyntaxKind kind, SyntaxVisitFunction function)
    {
        _enters.Add((kind, function));
        _enterTable = null;
        return this;
    }

    /// <summary>Registers a function called when leaving nodes of <paramref name="kind"/>, after any registered before it.</summary>
    public SyntaxVisitor Leave(SyntaxKind kind, SyntaxVisitFunction function)
    {
        _leaves.Add((kind, function));
        _leaveTable = null;
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

    public VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        => (_enterTable ??= BuildTable(_enters))[(int)node.Kind] is { } function ? function(node, ancestors) : VisitorAction.Continue;

    public VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        => (_leaveTable ??= BuildTable(_leaves))[(int)node.Kind] is { } function ? function(node, ancestors) : VisitorAction.Continue;

    private static SyntaxVisitFunction?[] BuildTable(List<(SyntaxKind Kind, SyntaxVisitFunction Function)> registrations)
    {
        var table = new SyntaxVisitFunction?[KindCount];
        foreach (var (kind, function) in registrations)
        {
            var existing = table[(int)kind];
            table[(int)kind] = existing is null ? function : Chain(existing, function);
        }

        return table;
    }

    private static SyntaxVisitFunction Chain(SyntaxVisitFunction first, SyntaxVisitFunction second)
        => (node, ancestors) =>
        {
            var action = first(node, ancestors);
            return action == VisitorAction.Continue ? second(node, ancestors) : action;
        };
}
