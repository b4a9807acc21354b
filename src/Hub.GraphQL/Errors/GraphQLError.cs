using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Errors;

/// <summary>
/// An error in a GraphQL response (graphql-js <c>GraphQLError</c>): a message, the source locations and response
/// path it concerns, and extensions such as <c>code</c>. Immutable; the <c>With…</c> methods return copies. What the
/// message echoes from the request is kept short (<see cref="EchoedText"/>), however long the name or value sent.
/// </summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error located at the given nodes (nodes without a location are ignored).</summary>
    public GraphQLError(
        string message,
        IEnumerable<SyntaxNode>? nodes = null,
        IReadOnlyList<object>? path = null,
        Exception? originalError = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : this(message, nodes?.ToArray(), LocationsOf(nodes), path, originalError, extensions)
    {
    }

    private GraphQLError(
        string message,
        IReadOnlyList<SyntaxNode>? nodes,
        IReadOnlyList<SourceLocation>? locations,
        IReadOnlyList<object>? path,
        Exception? originalError,
        IReadOnlyDictionary<string, object?>? extensions)
    {
        Message = EchoedText.Shorten(message);
        Nodes = nodes is { Count: > 0 } ? nodes : null;
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path;
        OriginalError = originalError;
        Extensions = extensions is { Count: > 0 } ? extensions : null;
    }

    public string Message { get; }

    /// <summary>The 1-based source locations; null when there are none (graphql-js omits the key then).</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path: string keys and int list indexes.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception that caused this error, if any; never serialized.</summary>
    public Exception? OriginalError { get; }

    /// <summary>The AST nodes the error was created from, if any.</summary>
    public IReadOnlyList<SyntaxNode>? Nodes { get; }

    /// <summary>The value of <c>extensions.code</c>, if it is a string.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>Creates an error at explicit source locations (used where no node exists, e.g. syntax errors).</summary>
    public static GraphQLError AtLocations(
        string message,
        IReadOnlyList<SourceLocation> locations,
        IReadOnlyList<object>? path = null,
        Exception? originalError = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        => new(message, null, locations, path, originalError, extensions);

    public GraphQLError WithPath(IReadOnlyList<object>? path)
        => new(Message, Nodes, Locations, path, OriginalError, Extensions);

    public GraphQLError WithMessage(string message)
        => new(message, Nodes, Locations, Path, OriginalError, Extensions);

    public GraphQLError WithLocations(IReadOnlyList<SourceLocation>? locations)
        => new(Message, Nodes, locations, Path, OriginalError, Extensions);

    public GraphQLError WithOriginalError(Exception? originalError)
        => new(Message, Nodes, Locations, Path, originalError, Extensions);

    /// <summary>Returns a copy with <c>extensions.code</c> set.</summary>
    public GraphQLError WithCode(string code) => WithExtension("code", code);

    /// <summary>Returns a copy with one extension added or replaced (existing keys keep their order).</summary>
    public GraphQLError WithExtension(string key, object? value)
    {
        var extensions = new OrderedDictionary<string, object?>();
        if (Extensions is not null)
        {
            foreach (var (existingKey, existingValue) in Extensions)
            {
                extensions[existingKey] = existingValue;
            }
        }

        extensions[key] = value;
        return new GraphQLError(Message, Nodes, Locations, Path, OriginalError, extensions);
    }

    public override string ToString()
        => Locations is null ? Message : $"{Message} ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})";

    private static SourceLocation[]? LocationsOf(IEnumerable<SyntaxNode>? nodes)
    {
        if (nodes is null)
        {
            return null;
        }

        var locations = new List<SourceLocation>();
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(new SourceLocation(location.Line, location.Column));
            }
        }

        return locations.Count == 0 ? null : [.. locations];
    }
}
