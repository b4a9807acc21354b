using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Language;

/// <summary>Value literals and type references.</summary>
internal sealed partial class DocumentParser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode(_lexer.TextOf(token), LocationFrom(token));
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode(_lexer.TextOf(token), LocationFrom(token));
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return _lexer.TextOf(token) switch
                {
                    "true" => new BooleanValueNode(true, LocationFrom(token)),
                    "false" => new BooleanValueNode(false, LocationFrom(token)),
                    "null" => new NullValueNode(LocationFrom(token)),
                    var value => new EnumValueNode(value, LocationFrom(token)),
                };
            case TokenKind.Dollar when isConst:
                ExpectToken(TokenKind.Dollar);
                if (_lexer.Token.Kind == TokenKind.Name)
                {
                    throw SyntaxError.At(
                        _lexer.Source,
                        token.Start,
                        $"Unexpected variable \"${_lexer.TextOf(_lexer.Token)}\" in constant value.");
                }

                throw Unexpected(token);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        var value = _lexer.StringValue!;
        AdvanceLexer();
        return new StringValueNode(value, token.Kind == TokenKind.BlockString, LocationFrom(token));
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting();
        ExpectToken(TokenKind.BracketL);
        IReadOnlyList<ValueNode> values = [];
        if (!ExpectOptionalToken(TokenKind.BracketR))
        {
            var items = new List<ValueNode>();
            do
            {
                items.Add(ParseValueLiteral(isConst));
            }
            while (!ExpectOptionalToken(TokenKind.BracketR));
            values = items;
        }

        LeaveNesting();
        return new ListValueNode(values, LocationFrom(start));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        IReadOnlyList<ObjectFieldNode> fields = [];
        if (!ExpectOptionalToken(TokenKind.BraceR))
        {
            var items = new List<ObjectFieldNode>();
            do
            {
                var fieldStart = _lexer.Token;
                var name = ParseName();
                ExpectToken(TokenKind.Colon);
                var value = ParseValueLiteral(isConst);
                items.Add(new ObjectFieldNode(name, value, LocationFrom(fieldStart)));
            }
            while (!ExpectOptionalToken(TokenKind.BraceR));
            fields = items;
        }

        LeaveNesting();
        return new ObjectValueNode(fields, LocationFrom(start));
    }

    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            EnterNesting();
            var innerType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode(innerType, LocationFrom(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type, LocationFrom(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        var name = ParseName();
        return new NamedTypeNode(name, LocationFrom(start));
    }
}
