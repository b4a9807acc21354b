using Hub.GraphQL.CodeFirst;
using Hub.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.GraphQL.Tests.CodeFirst;

/// <summary>The compiled code-first resolvers: arguments, services, tasks, parents, input objects and streams.</summary>
public sealed class CodeFirstResolverTests
{
    private static readonly Schema Schema = BookshelfSchema.Instance;

    [Fact]
    public async Task Properties_resolve_through_pure_getters()
    {
        var book = new Book("9", "Ulysses", Genre.Romance, 1922, []) { Subtitle = "A novel" };
        var bookType = (ObjectType)Schema.GetType("Book")!;

        Assert.NotNull(bookType.Fields["title"].PureResolver);
        Assert.Equal("Ulysses", await Resolve(bookType, "title", book));
        Assert.Equal("A novel", await Resolve(bookType, "subtitle", book));
        Assert.Equal(Genre.Romance, await Resolve(bookType, "genre", book));
    }

    [Fact]
    public async Task Root_fields_resolve_on_an_instance_of_the_root_type()
    {
        Assert.Equal("hello", await Resolve(Schema.QueryType, "greeting", null));
        Assert.Null(await Resolve(Schema.QueryType, "maybeCount", null));
        Assert.Equal(2, Assert.IsAssignableFrom<IReadOnlyList<Book>>(await Resolve(Schema.QueryType, "books", null)).Count);
    }

    [Fact]
    public async Task Arguments_and_defaults_are_converted_to_parameter_types()
    {
        var book = Assert.IsType<Book>(await Resolve(Schema.QueryType, "bookById", null, new() { ["id"] = "2" }));
        var byGenre = await Resolve(Schema.QueryType, "booksByGenre", null, new() { ["genre"] = Genre.ScienceFiction });
        var echoed = await Resolve(Schema.QueryType, "echo", null, new() { ["text"] = "ab", ["times"] = 3 });

        Assert.Equal("Emma", book.Title);
        Assert.Equal(["Dune"], Assert.IsAssignableFrom<IEnumerable<Book>>(byGenre).Select(b => b.Title));
        Assert.Equal("ababab", echoed);
    }

    [Fact]
    public async Task Input_objects_are_built_from_coerced_field_values()
    {
        var filter = new Dictionary<string, object?> { ["title"] = "Emma", ["genres"] = new List<object?> { Genre.ScienceFiction } };
        var input = new Dictionary<string, object?> { ["title"] = "Middlemarch", ["genre"] = Genre.Romance, ["tags"] = new List<object?> { "long" } };

        var count = await Resolve(Schema.QueryType, "count", null, new() { ["filter"] = filter });
        var added = Assert.IsType<Book>(await Resolve(Schema.MutationType!, "addBook", null, new() { ["book"] = input }));

        Assert.Equal(2, count);
        Assert.Equal(("Middlemarch", Genre.Romance, 2000), (added.Title, added.Genre, added.Year));
        Assert.Equal(["long"], added.Tags);
    }

    [Fact]
    public async Task Services_come_from_the_request_services()
    {
        var services = new ServiceCollection().AddSingleton<TextStyle>().BuildServiceProvider();

        var shouted = await Resolve(Schema.QueryType, "shout", null, new() { ["text"] = "hi" }, services);

        Assert.Equal("HI!", shouted);
    }

    [Fact]
    public async Task A_missing_required_service_names_the_field_and_the_service()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Resolve(Schema.QueryType, "shout", null, new() { ["text"] = "hi" }));

        Assert.Equal(
            "The resolver of Query.shout needs the service Hub.GraphQL.Tests.CodeFirst.TextStyle, which the request's services do not provide.",
            exception.Message);
    }

    [Fact]
    public void Parameters_of_registered_service_types_are_not_arguments()
    {
        var services = new ServiceCollection().AddSingleton<TextStyle>().BuildServiceProvider();

        var schema = SchemaBuilder.New().AddQueryType<StyledQuery>().AddServices(services).Build();

        Assert.Equal(["text"], schema.QueryType.Fields["styled"].Arguments.Keys);
    }

    [Fact]
    public async Task Parent_parameters_receive_the_parent_object()
    {
        var bookType = (ObjectType)Schema.GetType("Book")!;
        var book = new Book("9", "Ulysses", Genre.Romance, 1922, []);

        Assert.Equal("Ulysses - 1922", await Resolve(bookType, "describe", book));
        Assert.Equal("Ulysses/1922", await Resolve(bookType, "describe", book, new() { ["separator"] = "/" }));
    }

    [Fact]
    public async Task Subscription_fields_subscribe_to_the_stream_and_resolve_each_event()
    {
        var field = Schema.SubscriptionType!.Fields["bookAdded"];
        var context = new TestResolverContext(Schema, Schema.SubscriptionType, "bookAdded", null, new Dictionary<string, object?> { ["count"] = 2 });

        var stream = await field.Subscribe!(context);
        var events = new List<object?>();
        await foreach (var item in stream)
        {
            events.Add(field.PureResolver!(item));
        }

        Assert.Equal(["New 0", "New 1"], events.Cast<Book>().Select(b => b.Title));
        var ticks = await Schema.SubscriptionType.Fields["ticks"].Subscribe!(context);
        Assert.Equal([1, 2], await ticks.Cast<int>().ToListAsync());
    }

    [Fact]
    public void Abstract_types_resolve_the_object_type_of_a_value_by_its_clr_type()
    {
        var pet = (InterfaceType)Schema.GetType("Pet")!;
        var search = (UnionType)Schema.GetType("SearchResult")!;

        Assert.Equal("Cat", pet.ResolveType!(new Cat("Tom", 9), null!, pet));
        Assert.Equal("Book", search.ResolveType!(new Book("1", "Dune", Genre.Romance, 1965, []), null!, search));
        Assert.Null(search.ResolveType!("not a search result", null!, search));
    }

    private static async Task<object?> Resolve(
        ObjectType type,
        string field,
        object? parent,
        Dictionary<string, object?>? arguments = null,
        IServiceProvider? services = null)
        => await new TestResolverContext(Schema, type, field, parent, arguments, services).ResolveAsync();

    public sealed class StyledQuery
    {
        public string Styled(TextStyle style, string text) => style.Shout(text);
    }
}
