using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Language;

/// <summary>Schema and type extensions (<c>extend ...</c>); each must add something.</summary>
internal sealed partial class DocumentParser
{
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keywordToken = _lexer.Lookahead();
        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (_lexer.TextOf(keywordToken))
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keywordToken);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        RequireExtensionContent(directives.Count + operationTypes.Count);
        return new SchemaExtensionNode(directives, operationTypes, LocationFrom(start));
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var (start, name) = ParseTypeExtensionStart("scalar");
        var directives = ParseDirectives(isConst: true);
        RequireExtensionContent(directives.Count);
        return new ScalarTypeExtensionNode(name, directives, LocationFrom(start));
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var (start, name) = ParseTypeExtensionStart("type");
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireExtensionContent(interfaces.Count + directives.Count + fields.Count);
        return new ObjectTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var (start, name) = ParseTypeExtensionStart("interface");
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireExtensionContent(interfaces.Count + directives.Count + fields.Count);
        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var (start, name) = ParseTypeExtensionStart("union");
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        RequireExtensionContent(directives.Count + types.Count);
        return new UnionTypeExtensionNode(name, directives, types, LocationFrom(start));
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var (start, name) = ParseTypeExtensionStart("enum");
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        RequireExtensionContent(directives.Count + values.Count);
        return new EnumTypeExtensionNode(name, directives, values, LocationFrom(start));
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var (start, name) = ParseTypeExtensionStart("input");
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        RequireExtensionContent(directives.Count + fields.Count);
        return new InputObjectTypeExtensionNode(name, directives, fields, LocationFrom(start));
    }

    /// <summary>Reads <c>extend &lt;keyword&gt; Name</c> and returns the first token and the name.</summary>
    private (Token Start, NameNode Name) ParseTypeExtensionStart(string keyword)
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        return (start, ParseName());
    }

    /// <summary>An extension that adds nothing is a syntax error at the token after it.</summary>
    private void RequireExtensionContent(int addedCount)
    {
        if (addedCount == 0)
        {
            throw Unexpected();
        }
    }
}
