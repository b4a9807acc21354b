namespace Hub.GraphQL.Language;

/// <summary>
/// The GraphQL lexer (graphql-js 16 <c>lexer.ts</c>): a struct that walks the source string once, skipping ignored
/// tokens and comments, and reports errors with graphql-js's exact messages. Copying the struct gives a lookahead.
/// </summary>
internal partial struct Lexer
{
    private readonly string _source;
    private int _line;
    private int _lineStart;

    public Lexer(string source)
    {
        _source = source;
        _line = 1;
        _lineStart = 0;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0);
    }

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>The end offset of the token before the current one (graphql-js <c>lastToken.end</c>).</summary>
    public int LastEnd { get; private set; }

    /// <summary>The decoded value of the current token when it is a String or BlockString.</summary>
    public string? StringValue { get; private set; }

    public readonly string Source => _source;

    /// <summary>Moves to the next significant token; at the end it stays on <see cref="TokenKind.EndOfFile"/>.</summary>
    public void Advance()
    {
        LastEnd = Token.End;
        if (Token.Kind != TokenKind.EndOfFile)
        {
            Token = ReadNextToken(Token.End);
        }
    }

    /// <summary>The token after the current one, without moving.</summary>
    public readonly Token Lookahead()
    {
        var copy = this;
        copy.Advance();
        return copy.Token;
    }

    /// <summary>The source text of a token (its value for Name, Int and Float tokens).</summary>
    public readonly string TextOf(Token token) => _source.Substring(token.Start, token.End - token.Start);

    public readonly bool IsKeyword(Token token, string keyword)
        => token.Kind == TokenKind.Name && _source.AsSpan(token.Start, token.End - token.Start).SequenceEqual(keyword);

    /// <summary>graphql-js <c>getTokenDesc</c>: the kind, plus the value in quotes for tokens that have one.</summary>
    public readonly string Describe(Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{Token.Describe(token.Kind)} \"{TextOf(token)}\"",
        TokenKind.String or TokenKind.BlockString => $"{Token.Describe(token.Kind)} \"{ValueOfStringToken(token)}\"",
        _ => Token.Describe(token.Kind),
    };

    private readonly string ValueOfStringToken(Token token)
    {
        if (token == Token && StringValue is not null)
        {
            return StringValue;
        }

        // A token other than the current one (a lookahead) is lexed again to recover its decoded value.
        var copy = new Lexer(_source);
        copy.ReadNextToken(token.Start);
        return copy.StringValue ?? string.Empty;
    }

    private Token ReadNextToken(int start)
    {
        var body = _source;
        var position = start;
        while (position < body.Length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += CodeAt(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': return Punctuator(TokenKind.Bang, position, 1);
                case '$': return Punctuator(TokenKind.Dollar, position, 1);
                case '&': return Punctuator(TokenKind.Amp, position, 1);
                case '(': return Punctuator(TokenKind.ParenL, position, 1);
                case ')': return Punctuator(TokenKind.ParenR, position, 1);
                case '.' when CodeAt(position + 1) == '.' && CodeAt(position + 2) == '.':
                    return Punctuator(TokenKind.Spread, position, 3);
                case ':': return Punctuator(TokenKind.Colon, position, 1);
                case '=': return Punctuator(TokenKind.Equals, position, 1);
                case '@': return Punctuator(TokenKind.At, position, 1);
                case '[': return Punctuator(TokenKind.BracketL, position, 1);
                case ']': return Punctuator(TokenKind.BracketR, position, 1);
                case '{': return Punctuator(TokenKind.BraceL, position, 1);
                case '|': return Punctuator(TokenKind.Pipe, position, 1);
                case '}': return Punctuator(TokenKind.BraceR, position, 1);
                case '"':
                    return CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw SyntaxError.At(
                body,
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                        ? $"Unexpected character: {PrintCodePointAt(position)}."
                        : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        return CreateToken(TokenKind.EndOfFile, body.Length, body.Length);
    }

    private readonly Token CreateToken(TokenKind kind, int start, int end)
        => new(kind, start, end, _line, 1 + start - _lineStart);

    private Token Punctuator(TokenKind kind, int position, int length)
    {
        StringValue = null;
        return CreateToken(kind, position, position + length);
    }

    /// <summary>Skips a comment; it ends at a line terminator or at a character that is not a valid source character.</summary>
    private readonly int SkipComment(int start)
    {
        var position = start + 1;
        while (position < _source.Length)
        {
            var code = _source[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _source.Length && IsNameContinue(_source[position]))
        {
            position++;
        }

        StringValue = null;
        return CreateToken(TokenKind.Name, start, position);
    }

    private Token ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;
        if (code == '-')
        {
            code = CodeAt(++position);
        }

        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                throw SyntaxError.At(_source, position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code == '+' || code == '-')
            {
                code = CodeAt(++position);
            }

            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        // Numbers cannot be followed by a dot or a name start (e.g. "1.2.3" or "0xF").
        if (code == '.' || IsNameStart(code))
        {
            throw SyntaxError.At(_source, position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        StringValue = null;
        return CreateToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw SyntaxError.At(_source, start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(CodeAt(position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>The UTF-16 code unit at an offset, or -1 past the end (JavaScript's NaN from <c>charCodeAt</c>).</summary>
    private readonly int CodeAt(int position) => (uint)position < (uint)_source.Length ? _source[position] : -1;

    /// <summary>graphql-js <c>printCodePointAt</c>: <c>"a"</c>, <c>'"'</c>, <c>U+00E9</c> or <c>&lt;EOF&gt;</c>.</summary>
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        int code = IsSupplementaryCodePoint(position)
            ? char.ConvertToUtf32(_source[position], _source[position + 1])
            : _source[position];
        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private readonly bool IsSupplementaryCodePoint(int position)
        => IsLeadingSurrogate(CodeAt(position)) && IsTrailingSurrogate(CodeAt(position + 1));

    private static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;

    private static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private static bool IsDigit(int code) => code is >= '0' and <= '9';

    private static bool IsLetter(int code) => code is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    private static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';
}
