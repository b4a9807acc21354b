namespace Hub.GraphQL.Language;

/// <summary>
/// Where a node sits in its source: character offsets <see cref="Start"/> (inclusive) and <see cref="End"/>
/// (exclusive), and the 1-based line and column of its first token.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
