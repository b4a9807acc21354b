namespace Hub.GraphQL.Errors;

/// <summary>
/// A parse error. The message is exactly graphql-js's (<c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>) and
/// the single error carries the location of the offending character.
/// </summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    public GraphQLSyntaxException(string description, int position, SourceLocation location)
        : base(GraphQLError.AtLocations("Syntax Error: " + description, [location]))
    {
        Description = description;
        Position = position;
        Location = location;
    }

    /// <summary>The message without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>The character offset of the error in the source.</summary>
    public int Position { get; }

    public SourceLocation Location { get; }
}
