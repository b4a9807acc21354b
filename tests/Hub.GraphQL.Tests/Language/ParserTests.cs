using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Tests.Language;

/// <summary>The shape, values and locations of parsed documents, following graphql-js's parser tests.</summary>
public sealed class ParserTests
{
    [Fact]
    public void Parses_fields_aliases_arguments_and_directives_with_locations()
    {
        var document = Parser.Parse("query Q($id: ID! = 4 @v) {\n  alias: user(id: $id, flags: [A, null]) @include(if: true) { name }\n}");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("id", variable.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(variable.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(nonNull.Type).Name.Value);
        Assert.Equal("4", Assert.IsType<IntValueNode>(variable.DefaultValue).Value);
        Assert.Equal("v", Assert.Single(variable.Directives).Name.Value);

        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("user", field.Name.Value);
        Assert.Equal(new Location(29, 95, 2, 3), field.Location);
        Assert.Equal(new Location(36, 40, 2, 10), field.Name.Location);
        Assert.Equal(["id", "flags"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("id", Assert.IsType<VariableNode>(field.Arguments[0].Value).Name.Value);
        var list = Assert.IsType<ListValueNode>(field.Arguments[1].Value);
        Assert.Equal("A", Assert.IsType<EnumValueNode>(list.Values[0]).Value);
        Assert.IsType<NullValueNode>(list.Values[1]);
        var include = Assert.Single(field.Directives);
        Assert.True(Assert.IsType<BooleanValueNode>(Assert.Single(include.Arguments).Value).Value);
        Assert.Equal("name", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);
        Assert.Equal(new Location(0, document.Location!.Value.End, 1, 1), operation.Location);
    }

    [Fact]
    public void Shorthand_query_is_an_anonymous_query()
    {
        var operation = Assert.IsType<OperationDefinitionNode>(Parser.Parse("{ a }").Definitions[0]);

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
    }

    [Fact]
    public void Parses_fragments_spreads_and_inline_fragments()
    {
        var document = Parser.Parse("{ ...F @a ... on T { b } ... @c { d } } fragment F on T { e }");

        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("F", spread.Name.Value);
        Assert.Equal("a", Assert.Single(spread.Directives).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        var untyped = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(untyped.TypeCondition);
        Assert.Equal("c", Assert.Single(untyped.Directives).Name.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
        Assert.Empty(fragment.VariableDefinitions);
    }

    [Fact]
    public void Decodes_string_escapes_including_surrogate_pairs()
    {
        var value = Parser.ParseValue("\"x\\u00e9\\t\\\"\\\\\\/\\b\\f\\n\\r\\u{1F600}\\uD83D\\uDE00 \\u{0041}\"");

        var stringValue = Assert.IsType<StringValueNode>(value);
        Assert.False(stringValue.Block);
        Assert.Equal("x\u00e9\t\"\\/\b\f\n\r\U0001F600\U0001F600 A", stringValue.Value);
    }

    [Fact]
    public void Keeps_unicode_source_characters_in_strings()
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue("\"caf\u00e9 \U0001F600\""));

        Assert.Equal("caf\u00e9 \U0001F600", value.Value);
    }

    [Theory]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"  white space  \"\"\"", "  white space  ")]
    [InlineData("\"\"\"\n\n   \n  first\n    second\n\n \"\"\"", "first\n  second")]
    [InlineData("\"\"\"first line\r\n   second\r   third\"\"\"", "first line\nsecond\nthird")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"  \n  \n\"\"\"", "")]
    public void Dedents_block_strings_like_graphql_js(string source, string expected)
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseConstValue(source));

        Assert.True(value.Block);
        Assert.Equal(expected, value.Value);
    }

    [Fact]
    public void Tracks_lines_after_multi_line_block_strings()
    {
        var document = Parser.Parse("\"\"\"\ndescription\n\"\"\"\ntype A {\n  b: Int\n}");

        var type = Assert.IsType<ObjectTypeDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(new Location(0, 39, 1, 1), type.Location);
        Assert.Equal(new Location(25, 26, 4, 6), type.Name.Location);
        Assert.Equal(5, type.Fields[0].Location!.Value.Line);
    }

    [Theory]
    [InlineData("4", SyntaxKind.IntValue, "4")]
    [InlineData("-0", SyntaxKind.IntValue, "-0")]
    [InlineData("4.123", SyntaxKind.FloatValue, "4.123")]
    [InlineData("-1.5e+10", SyntaxKind.FloatValue, "-1.5e+10")]
    [InlineData("2E-3", SyntaxKind.FloatValue, "2E-3")]
    [InlineData("123456789012345678901234567890", SyntaxKind.IntValue, "123456789012345678901234567890")]
    public void Keeps_numbers_as_raw_text(string source, SyntaxKind kind, string text)
    {
        var value = Parser.ParseConstValue(source);

        Assert.Equal(kind, value.Kind);
        Assert.Equal(text, value is IntValueNode i ? i.Value : ((FloatValueNode)value).Value);
    }

    [Fact]
    public void Parses_nested_object_and_list_values()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{a: [1, {b: $c}], d: \"e\"}"));

        Assert.Equal(["a", "d"], value.Fields.Select(f => f.Name.Value));
        var list = Assert.IsType<ListValueNode>(value.Fields[0].Value);
        var inner = Assert.IsType<ObjectValueNode>(list.Values[1]);
        Assert.Equal("c", Assert.IsType<VariableNode>(inner.Fields[0].Value).Name.Value);
        Assert.Empty(Assert.IsType<ListValueNode>(Parser.ParseValue("[]")).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(Parser.ParseValue("{}")).Fields);
    }

    [Fact]
    public void Parses_type_references()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Int!]]!"));

        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(inner.Type).Type).Name.Value);
    }

    [Fact]
    public void Parses_descriptions_on_executable_definitions()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a } \"\"\"frag\"\"\" fragment F on T { b }");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("frag", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void No_location_option_leaves_locations_out()
    {
        var document = Parser.Parse("{ a(b: 1) }", new ParserOptions { NoLocation = true });

        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Null(document.Location);
        Assert.Null(field.Location);
        Assert.Null(field.Arguments[0].Value.Location);
    }

    [Fact]
    public void Ignores_commas_comments_and_byte_order_marks()
    {
        var document = Parser.Parse("\uFEFF# comment\r\n{ a,,, b # trailing\r c }");

        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        Assert.Equal(["a", "b", "c"], selections.Cast<FieldNode>().Select(f => f.Name.Value));
        Assert.Equal(new Location(33, 34, 3, 2), ((FieldNode)selections[2]).Location);
    }
}
