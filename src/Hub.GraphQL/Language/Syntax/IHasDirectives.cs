namespace Hub.GraphQL.Language.Syntax;

/// <summary>A node that can carry directives.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}
