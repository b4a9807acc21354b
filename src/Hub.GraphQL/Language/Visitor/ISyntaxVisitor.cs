using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Language.Visitor;

/// <summary>
/// Receives the enter and leave events of a <see cref="SyntaxWalker"/> walk. <c>ancestors</c> lists the nodes above
/// the visited one, the root first and the parent last (graphql-js's ancestors without the intermediate arrays).
/// </summary>
public interface ISyntaxVisitor
{
    VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors);

    VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors);
}
