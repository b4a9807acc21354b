namespace Hub.GraphQL.Language;

/// <summary>Limits and switches for the parser.</summary>
public sealed class ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// The most tokens a document may contain (graphql-js <c>maxTokens</c>); parsing aborts with
    /// <c>Syntax Error: Document contains more than N tokens. Parsing aborted.</c> past it.
    /// </summary>
    public int MaxTokens { get; init; } = int.MaxValue;

    /// <summary>
    /// The deepest nesting of selection sets, list/object values and list types; guards the recursive descent
    /// parser against stack exhaustion on hostile input.
    /// </summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>When true, nodes get no <see cref="Location"/> (graphql-js <c>noLocation</c>).</summary>
    public bool NoLocation { get; init; }
}
