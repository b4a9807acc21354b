using System.Text;

namespace Hub.GraphQL.Language;

/// <summary>String and block string tokens, with graphql-js's escape rules and error messages.</summary>
internal partial struct Lexer
{
    private Token ReadString(int start)
    {
        var body = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                StringValue = value is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                return CreateToken(TokenKind.String, start, position + 1);
            }

            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                var size = CodeAt(position + 1) == 'u'
                    ? CodeAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                position += size;
                chunkStart = position;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                break;
            }

            position += SourceCharacterLength(position);
        }

        throw SyntaxError.At(body, position, "Unterminated string.");
    }

    /// <summary>The length (1 or 2) of the source character at an offset; throws on a lone surrogate or control-free invalid unit.</summary>
    private readonly int SourceCharacterLength(int position)
    {
        if (IsUnicodeScalarValue(_source[position]))
        {
            return 1;
        }

        if (IsSupplementaryCodePoint(position))
        {
            return 2;
        }

        throw SyntaxError.At(_source, position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }

    /// <summary><c>\u{1F600}</c>: one to eight hex digits naming a Unicode scalar value.</summary>
    private readonly int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CodeAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return size;
            }

            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        throw SyntaxError.At(_source, position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    /// <summary><c>\u00E9</c>, or a JSON-style surrogate pair <c>\uD83D\uDE00</c> (a lone surrogate is an error).</summary>
    private readonly int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (IsLeadingSurrogate(code) && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            var trailingCode = Read16BitHexCode(position + 8);
            if (IsTrailingSurrogate(trailingCode))
            {
                value.Append((char)code).Append((char)trailingCode);
                return 12;
            }
        }

        throw SyntaxError.At(_source, position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private readonly int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CodeAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw SyntaxError.At(_source, position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        value.Append(escaped.Value);
        return 2;
    }

    private readonly int Read16BitHexCode(int position)
        => (ReadHexDigit(CodeAt(position)) << 12)
            | (ReadHexDigit(CodeAt(position + 1)) << 8)
            | (ReadHexDigit(CodeAt(position + 2)) << 4)
            | ReadHexDigit(CodeAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    /// <summary>JavaScript's <c>slice</c>: the end is clamped to the source length.</summary>
    private readonly string Slice(int start, int end) => _source[start..Math.Min(end, _source.Length)];

    private Token ReadBlockString(int start)
    {
        var body = _source;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
            {
                lines.Add(currentLine.Append(body, chunkStart, position - chunkStart).ToString());
                var token = CreateToken(TokenKind.BlockString, start, position + 3);
                StringValue = string.Join('\n', BlockString.DedentLines(lines));
                _line += lines.Count - 1;
                _lineStart = lineStart;
                return token;
            }

            // An escaped triple quote: drop only the backslash.
            if (code == '\\' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"' && CodeAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                lines.Add(currentLine.Append(body, chunkStart, position - chunkStart).ToString());
                currentLine.Clear();
                position += code == '\r' && CodeAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            position += SourceCharacterLength(position);
        }

        throw SyntaxError.At(body, position, "Unterminated string.");
    }
}
