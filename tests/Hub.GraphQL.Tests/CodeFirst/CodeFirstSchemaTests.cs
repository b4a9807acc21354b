using Hub.GraphQL.CodeFirst;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.CodeFirst;

/// <summary>The schema a code-first model produces: names, nullability, arguments, abstract types, enums and inputs.</summary>
public sealed class CodeFirstSchemaTests
{
    private static readonly Schema Schema = BookshelfSchema.Instance;

    [Fact]
    public void Query_fields_follow_declaration_order_camel_case_and_nullability()
    {
        var query = Schema.QueryType;

        Assert.Equal("Query", query.Name);
        Assert.Equal("The entry point.", query.Description);
        Assert.Equal(
            [
                "greeting: String!", "maybeCount: Int", "books: [Book!]!", "bookById: Book", "booksByGenre: [Book!]!",
                "count: Int!", "echo: String!", "shout: String!", "pet: Pet", "search: [SearchResult!]!", "allBooks: [Book!]!",
                "legacy: String", "identifier: ID!", "renamed: Long!",
            ],
            query.Fields.Values.Select(f => $"{f.Name}: {f.Type}"));
    }

    [Fact]
    public void Method_parameters_become_arguments_except_services_and_cancellation()
    {
        var query = Schema.QueryType;

        Assert.Equal(["id: String!"], Arguments(query.Fields["bookById"]));
        Assert.Equal(["genre: Genre!", "first: Int! = 10"], Arguments(query.Fields["booksByGenre"]));
        Assert.Equal(["filter: BookFilterInput"], Arguments(query.Fields["count"]));
        Assert.Equal(["text: String!", "times: Int!"], Arguments(query.Fields["echo"]));
        Assert.Equal(["text: String!"], Arguments(query.Fields["shout"]));
        Assert.Equal(10, query.Fields["booksByGenre"].Arguments["first"].DefaultValue);
    }

    [Fact]
    public void Attributes_rename_describe_deprecate_ignore_and_override_types()
    {
        var query = Schema.QueryType;

        Assert.Equal("Use books.", query.Fields["allBooks"].DeprecationReason);
        Assert.Equal("No longer supported", query.Fields["legacy"].DeprecationReason);
        Assert.DoesNotContain("hidden", query.Fields.Keys);
        Assert.Equal("Renamed by attribute.", query.Fields["renamed"].Description);
        Assert.Equal("ID!", query.Fields["identifier"].Type.ToString());
        Assert.IsType<Hub.GraphQL.Types.Scalars.LongType>(query.Fields["renamed"].Type.NamedType());
    }

    [Fact]
    public void Records_become_object_types_with_their_members()
    {
        var book = Assert.IsType<ObjectType>(Schema.GetType("Book"));

        Assert.Equal(
            ["id: String!", "title: String!", "genre: Genre!", "year: Int!", "tags: [String!]!", "subtitle: String", "describe: String!"],
            book.Fields.Values.Select(f => $"{f.Name}: {f.Type}"));
        Assert.Equal(["separator: String! = \" - \""], Arguments(book.Fields["describe"]));
        Assert.Equal(typeof(Book), book.RuntimeType);
        Assert.Equal(["SearchResult"], Schema.Types.Values.OfType<UnionType>().Select(u => u.Name));
    }

    [Fact]
    public void Csharp_enums_become_upper_snake_enum_values_with_their_runtime_values()
    {
        var genre = Assert.IsType<EnumType>(Schema.GetType("Genre"));

        Assert.Equal(["SCIENCE_FICTION", "ROMANCE", "HTTP_STATUS_CODES"], genre.Values.Keys);
        Assert.Equal(Genre.Romance, genre.Values["ROMANCE"].Value);
        Assert.Equal("Not a real genre.", genre.Values["HTTP_STATUS_CODES"].Description);
        Assert.Equal("SCIENCE_FICTION", genre.Serialize(Genre.ScienceFiction));
    }

    [Fact]
    public void Csharp_interfaces_become_interfaces_and_marked_ones_unions()
    {
        var pet = Assert.IsType<InterfaceType>(Schema.GetType("Pet"));
        var dog = Assert.IsType<ObjectType>(Schema.GetType("Dog"));
        var search = Assert.IsType<UnionType>(Schema.GetType("SearchResult"));

        Assert.Equal(["name: String!"], pet.Fields.Values.Select(f => $"{f.Name}: {f.Type}"));
        Assert.Equal(["Pet"], dog.Interfaces.Select(i => i.Name));
        Assert.Equal(["Dog", "Cat"], Schema.GetPossibleTypes(pet).Select(t => t.Name).Order().Reverse());
        Assert.Equal(["Book", "Dog"], search.Types.Select(t => t.Name).Order());
        Assert.True(dog.IsTypeOf!(new Dog("Rex", true), null!));
        Assert.False(dog.IsTypeOf!(new Cat("Tom", 9), null!));
    }

    [Fact]
    public void Classes_used_as_arguments_become_input_types()
    {
        var filter = Assert.IsType<InputObjectType>(Schema.GetType("BookFilterInput"));
        var input = Assert.IsType<InputObjectType>(Schema.GetType("BookInput"));

        Assert.Equal(["title: String", "genres: [Genre!]"], filter.Fields.Values.Select(f => $"{f.Name}: {f.Type}"));
        Assert.Equal(["title: String!", "genre: Genre!", "year: Int", "tags: [String!]!"], input.Fields.Values.Select(f => $"{f.Name}: {f.Type}"));
    }

    [Fact]
    public void Subscription_streams_type_their_fields_by_item()
    {
        var subscription = Schema.SubscriptionType!;

        Assert.Equal(["bookAdded: Book!", "ticks: Int!"], subscription.Fields.Values.Select(f => $"{f.Name}: {f.Type}"));
        Assert.All(subscription.Fields.Values, f => Assert.NotNull(f.Subscribe));
        Assert.Equal(["count: Int!"], Arguments(subscription.Fields["bookAdded"]));
    }

    [Fact]
    public void Mixing_sdl_and_code_first_is_rejected()
    {
        var builder = SchemaBuilder.New().AddDocument(Hub.GraphQL.Language.Parser.Parse("type Query { a: Int }")).AddQueryType<BookshelfQuery>();

        var exception = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("either from SDL or code-first", exception.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Arguments(OutputField field) => field.Arguments.Values.Select(a =>
        $"{a.Name}: {a.Type}" + (a.DefaultValueLiteral is { } literal ? " = " + Hub.GraphQL.Language.Printer.Print(literal) : string.Empty));
}
