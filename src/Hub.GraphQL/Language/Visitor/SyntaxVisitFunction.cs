using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Language.Visitor;

/// <summary>An enter or leave function for one kind of node; see <see cref="ISyntaxVisitor"/> for <paramref name="ancestors"/>.</summary>
public delegate VisitorAction SyntaxVisitFunction(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors);
