using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Language;

/// <summary>
/// The recursive-descent parser behind <see cref="Parser"/>, following graphql-js 16.15's <c>parser.ts</c>
/// production by production so that every syntax error has the same message and position.
/// </summary>
internal sealed partial class DocumentParser
{
    private readonly ParserOptions _options;
    private Lexer _lexer;
    private int _tokenCount;
    private int _depth;

    public DocumentParser(string source, ParserOptions? options)
    {
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
    }

    public DocumentNode ParseDocument()
    {
        ExpectToken(TokenKind.StartOfFile);
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));

        var location = _options.NoLocation ? (Location?)null : new Location(0, _lexer.Source.Length, 1, 1);
        return new DocumentNode(definitions, location);
    }

    /// <summary>Parses one whole value (graphql-js <c>parseValue</c> / <c>parseConstValue</c>).</summary>
    public ValueNode ParseStandaloneValue(bool isConst)
    {
        ExpectToken(TokenKind.StartOfFile);
        var value = ParseValueLiteral(isConst);
        ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses one whole type reference (graphql-js <c>parseType</c>).</summary>
    public TypeNode ParseStandaloneType()
    {
        ExpectToken(TokenKind.StartOfFile);
        var type = ParseTypeReference();
        ExpectToken(TokenKind.EndOfFile);
        return type;
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        // Many definitions begin with a description and need one token of lookahead.
        var hasDescription = PeekDescription();
        var keywordToken = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (hasDescription && keywordToken.Kind == TokenKind.BraceL)
        {
            throw SyntaxError.At(
                _lexer.Source,
                _lexer.Token.Start,
                "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (_lexer.TextOf(keywordToken))
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
                case "extend" when hasDescription:
                    throw SyntaxError.At(
                        _lexer.Source,
                        _lexer.Token.Start,
                        "Unexpected description, only GraphQL definitions support descriptions.");
                case "extend": return ParseTypeSystemExtension();
            }

            if (hasDescription)
            {
                throw SyntaxError.At(
                    _lexer.Source,
                    _lexer.Token.Start,
                    "Unexpected description, only GraphQL definitions support descriptions.");
            }
        }

        throw Unexpected(keywordToken);
    }

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(_lexer.TextOf(token), LocationFrom(token));
    }

    private Location? LocationFrom(Token start)
        => _options.NoLocation ? null : new Location(start.Start, _lexer.LastEnd, start.Line, start.Column);

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            AdvanceLexer();
            return token;
        }

        throw SyntaxError.At(_lexer.Source, token.Start, $"Expected {Token.Describe(kind)}, found {_lexer.Describe(token)}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind == kind)
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    private void ExpectKeyword(string keyword)
    {
        var token = _lexer.Token;
        if (!_lexer.IsKeyword(token, keyword))
        {
            throw SyntaxError.At(_lexer.Source, token.Start, $"Expected \"{keyword}\", found {_lexer.Describe(token)}.");
        }

        AdvanceLexer();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (_lexer.IsKeyword(_lexer.Token, keyword))
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    private Errors.GraphQLSyntaxException Unexpected(Token? atToken = null)
    {
        var token = atToken ?? _lexer.Token;
        return SyntaxError.At(_lexer.Source, token.Start, $"Unexpected {_lexer.Describe(token)}.");
    }

    /// <summary>Advances and enforces <see cref="ParserOptions.MaxTokens"/> (graphql-js counts every token but EOF).</summary>
    private void AdvanceLexer()
    {
        _lexer.Advance();
        var token = _lexer.Token;
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            // "more that" is graphql-js 16.15's exact wording.
            throw SyntaxError.At(
                _lexer.Source,
                token.Start,
                $"Document contains more that {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    /// <summary>Enters a nested production, failing once <see cref="ParserOptions.MaxDepth"/> is exceeded.</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw SyntaxError.At(
                _lexer.Source,
                _lexer.Token.Start,
                $"Document nesting is deeper than {_options.MaxDepth} levels. Parsing aborted.");
        }
    }

    private void LeaveNesting() => _depth--;

    /// <summary>graphql-js <c>optionalMany</c>: nothing, or one or more items between the brackets.</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> parseItem, TokenKind close)
        => Peek(open) ? Many(open, parseItem, close) : [];

    /// <summary>graphql-js <c>many</c>: one or more items between the brackets.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem());
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>graphql-js <c>any</c>: zero or more items between the brackets.</summary>
    private IReadOnlyList<T> Any<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        if (ExpectOptionalToken(close))
        {
            return [];
        }

        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem());
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>graphql-js <c>delimitedMany</c>: items separated by a delimiter, with an optional leading one.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parseItem)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem());
        }
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }
}
