using Hub.GraphQL.Errors;

namespace Hub.GraphQL.Language;

/// <summary>Builds graphql-js <c>syntaxError</c>s: the location is computed from the offset as graphql-js's <c>getLocation</c> does.</summary>
internal static class SyntaxError
{
    public static GraphQLSyntaxException At(string source, int position, string description)
        => new(description, position, LocationOf(source, position));

    /// <summary>The 1-based line and column of an offset; <c>\r\n</c>, <c>\n</c> and <c>\r</c> all end a line.</summary>
    public static SourceLocation LocationOf(string source, int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < source.Length && i < position; i++)
        {
            var c = source[i];
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, position + 1 - lineStart);
    }
}
