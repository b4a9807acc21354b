using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Tests.Snapshots;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.GraphQL.Tests.CodeFirst;

/// <summary>The code-first bookshelf schema end to end: its printed SDL, and queries run through the executor.</summary>
public sealed class CodeFirstExecutionTests
{
    private static readonly IRequestExecutor Executor = BookshelfSchema.Instance.MakeExecutable();

    [Fact]
    public void The_printed_sdl_follows_hotchocolates_naming_and_nullability() =>
        Snapshot.Match(BookshelfSchema.Instance.ToSdl());

    [Fact]
    public async Task Queries_run_through_compiled_resolvers_tasks_and_abstract_types()
    {
        var json = await ExecuteAsync("""
            {
              greeting
              books { title genre year describe(separator: ": ") }
              booksByGenre(genre: ROMANCE) { title }
              pet(dog: false) { __typename name ... on Cat { lives } }
              search { __typename ... on Book { title } ... on Dog { barks } }
              renamed
            }
            """);

        var expected = """
            {"data":{"greeting":"hello","books":[{"title":"Dune","genre":"SCIENCE_FICTION","year":1965,"describe":"Dune: 1965"},
            {"title":"Emma","genre":"ROMANCE","year":1815,"describe":"Emma: 1815"}],"booksByGenre":[{"title":"Emma"}],
            "pet":{"__typename":"Cat","name":"Tom","lives":9},"search":[{"__typename":"Book","title":"Dune"},
            {"__typename":"Dog","barks":false}],"renamed":9000000000}}
            """;
        Assert.Equal(expected.ReplaceLineEndings(string.Empty), json);
    }

    [Fact]
    public async Task Services_come_from_the_requests_provider_and_input_objects_bind_to_classes()
    {
        var services = new ServiceCollection().AddSingleton<TextStyle>().BuildServiceProvider();

        var shout = await ExecuteAsync("""{ shout(text: "hi") }""", services);
        var added = await ExecuteAsync("""mutation { addBook(book: { title: "Ulysses", genre: ROMANCE, tags: [] }) { id title year } }""");

        Assert.Equal("""{"data":{"shout":"HI!"}}""", shout);
        Assert.Equal("""{"data":{"addBook":{"id":"3","title":"Ulysses","year":2000}}}""", added);
    }

    private static async Task<string> ExecuteAsync(string query, IServiceProvider? services = null)
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Services = services });
        return ResultJsonWriter.ToJson(Assert.IsType<ExecutionResult>(result));
    }
}
