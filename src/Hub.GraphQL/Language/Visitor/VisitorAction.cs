namespace Hub.GraphQL.Language.Visitor;

/// <summary>What a visit function tells the walker to do next (graphql-js: <c>undefined</c>, <c>false</c>, <c>BREAK</c>).</summary>
public enum VisitorAction
{
    /// <summary>Keep walking, into the node's children when entering.</summary>
    Continue,

    /// <summary>Do not visit the node's children, nor call its leave function (only meaningful on enter).</summary>
    Skip,

    /// <summary>Stop the whole walk.</summary>
    Break,
}
