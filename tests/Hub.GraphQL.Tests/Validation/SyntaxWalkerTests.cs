using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Tests.Validation;

public sealed class SyntaxWalkerTests
{
    private static readonly DocumentNode Document = Parser.Parse("query Q($v: Int = 1) { a(x: [1, {y: $v}]) @skip(if: true) { b ...F } } fragment F on T { c }");

    [Fact]
    public void VisitsEveryNodeInGraphQLJsKeyOrderWithEnterBeforeAndLeaveAfterChildren()
    {
        var events = new List<string>();
        var visitor = new RecordingVisitor(events);

        SyntaxWalker.Visit(Parser.Parse("{ a(x: 1) { b } }"), visitor);

        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name:a",
                "enter Argument", "enter Name:x", "enter IntValue", "leave IntValue", "leave Argument", "enter SelectionSet",
                "enter Field", "enter Name:b", "leave Field", "leave SelectionSet", "leave Field", "leave SelectionSet",
                "leave OperationDefinition", "leave Document",
            ],
            events.Where(e => !e.StartsWith("leave Name", StringComparison.Ordinal)));
    }

    [Fact]
    public void SkipLeavesOutTheSubtreeAndItsLeaveWhileBreakStopsTheWalk()
    {
        var fields = new List<string>();
        var left = new List<string>();
        var skipping = new SyntaxVisitor()
            .EnterWithAction<FieldNode>(SyntaxKind.Field, field =>
            {
                fields.Add(field.Name.Value);
                return field.Name.Value == "a" ? VisitorAction.Skip : VisitorAction.Continue;
            })
            .Leave<FieldNode>(SyntaxKind.Field, field => left.Add(field.Name.Value));
        SyntaxWalker.Visit(Document, skipping);
        Assert.Equal(["a", "c"], fields);
        Assert.Equal(["c"], left);

        var seen = new List<string>();
        var breaking = new SyntaxVisitor().EnterWithAction<NameNode>(SyntaxKind.Name, name =>
        {
            seen.Add(name.Value);
            return name.Value == "v" ? VisitorAction.Break : VisitorAction.Continue;
        });
        SyntaxWalker.Visit(Document, breaking);
        Assert.Equal(["Q", "v"], seen);
    }

    [Fact]
    public void AncestorsListTheRootFirstAndTheParentLast()
    {
        IReadOnlyList<SyntaxKind>? path = null;
        var visitor = new SyntaxVisitor().Enter(SyntaxKind.Variable, (_, ancestors) =>
        {
            path ??= [.. ancestors.Select(a => a.Kind)];
            return VisitorAction.Continue;
        });

        SyntaxWalker.Visit(Parser.Parse("{ a(x: {y: [$v]}) }"), visitor);

        Assert.Equal(
            [
                SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field,
                SyntaxKind.Argument, SyntaxKind.ObjectValue, SyntaxKind.ObjectField, SyntaxKind.ListValue,
            ],
            path);
    }

    [Fact]
    public void ParallelVisitorsSkipAndBreakIndependently()
    {
        var first = new List<string>();
        var second = new List<string>();
        var skipsA = new SyntaxVisitor()
            .EnterWithAction<FieldNode>(SyntaxKind.Field, f =>
            {
                first.Add("enter " + f.Name.Value);
                return f.Name.Value == "a" ? VisitorAction.Skip : VisitorAction.Continue;
            })
            .Leave<FieldNode>(SyntaxKind.Field, f => first.Add("leave " + f.Name.Value));
        var breaksAtB = new SyntaxVisitor().EnterWithAction<FieldNode>(SyntaxKind.Field, f =>
        {
            second.Add(f.Name.Value);
            return f.Name.Value == "b" ? VisitorAction.Break : VisitorAction.Continue;
        });

        SyntaxWalker.Visit(Document, new ParallelSyntaxVisitor([skipsA, breaksAtB]));

        Assert.Equal(["enter a", "enter c", "leave c"], first);
        Assert.Equal(["a", "b"], second);
    }

    [Fact]
    public void DeeplyNestedValuesDoNotOverflowTheStack()
    {
        var depth = 20_000;
        ValueNode value = new IntValueNode("1");
        for (var i = 0; i < depth; i++)
        {
            value = new ListValueNode([value]);
        }

        var lists = 0;
        SyntaxWalker.Visit(value, new SyntaxVisitor().Enter<ListValueNode>(SyntaxKind.ListValue, _ => lists++));

        Assert.Equal(depth, lists);
    }

    private sealed class RecordingVisitor(List<string> events) : ISyntaxVisitor
    {
        public VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            events.Add("enter " + Describe(node));
            return VisitorAction.Continue;
        }

        public VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            events.Add("leave " + Describe(node));
            return VisitorAction.Continue;
        }

        private static string Describe(SyntaxNode node) => node is NameNode name ? $"Name:{name.Value}" : node.Kind.ToString();
    }
}
