using Hub.GraphQL.Execution;
using Hub.GraphQL.Execution.DataLoader;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using static Hub.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Hub.GraphQL.Tests.Execution;

/// <summary>DataLoader batching through the executor: batches are counted to prove there is no N+1.</summary>
public sealed class DataLoaderTests
{
    [Fact]
    public async Task One_batch_per_level_for_a_list_of_one_hundred()
    {
        var loader = new PersonLoader(new DataLoaderOptions());
        var json = await RunWithLoader(loader, "{ posts { id author { name friend { name } } } }");

        Assert.Equal([100, 100], loader.BatchSizes);
        Assert.StartsWith("""{"data":{"posts":[{"id":0,"author":{"name":"person 0","friend":{"name":"person 1000"}}}""", json);
    }

    [Fact]
    public async Task MaxBatchSize_splits_the_keys_into_full_batches()
    {
        var loader = new PersonLoader(new DataLoaderOptions { MaxBatchSize = 30 });
        await RunWithLoader(loader, "{ posts { author { name } } }");

        Assert.Equal([30, 30, 30, 10], loader.BatchSizes);
    }

    [Fact]
    public async Task A_failed_batch_gives_one_error_per_field_in_response_order()
    {
        var loader = new PersonLoader(new DataLoaderOptions()) { Fail = true };
        var json = await RunWithLoader(loader, "{ posts { author { name } } }", posts: 3);

        Assert.Equal(
            """{"errors":[{"message":"database offline","locations":[{"line":1,"column":11}],"path":["posts",0,"author"]},{"message":"database offline","locations":[{"line":1,"column":11}],"path":["posts",1,"author"]},{"message":"database offline","locations":[{"line":1,"column":11}],"path":["posts",2,"author"]}],"data":{"posts":[{"author":null},{"author":null},{"author":null}]}}""",
            json);
        Assert.Single(loader.BatchSizes);
    }

    [Fact]
    public async Task Cached_keys_are_not_fetched_again_within_a_request()
    {
        var loader = new PersonLoader(new DataLoaderOptions());
        await RunWithLoader(loader, "{ posts { author { name } again: author { name } } }", posts: 5);

        Assert.Equal([5], loader.BatchSizes);
    }

    [Fact]
    public async Task A_loader_registered_on_the_context_is_one_per_request_and_shared_by_all_its_resolvers()
    {
        var created = new List<PersonLoader>();
        var person = new ObjectType("Person", () => [Field("name", Str)]);
        var post = new ObjectType("Post", () =>
        [
            new OutputField("author", person)
            {
                Resolver = c => new ValueTask<object?>(c.DataLoader("people", _ =>
                {
                    var loader = new PersonLoader(new DataLoaderOptions());
                    lock (created)
                    {
                        created.Add(loader);
                    }

                    return loader;
                }).LoadAsync((int)((IReadOnlyDictionary<string, object?>)c.Parent!)["authorId"]!, c.RequestAborted)),
            },
        ]);
        var root = new ObjectType("Query", () => [Field("posts", List(post)), Field("pinned", List(post))]);
        var data = Obj(("posts", Enumerable.Range(0, 20).Select(i => Obj(("authorId", i))).ToArray()),
            ("pinned", Enumerable.Range(15, 10).Select(i => Obj(("authorId", i))).ToArray()));
        var executor = Schema(root).MakeExecutable();

        foreach (var _ in Enumerable.Range(0, 2))
        {
            await executor.ExecuteAsync(new GraphQLRequest { Query = "{ posts { author { name } } pinned { author { name } } }", RootValue = data });
        }

        Assert.Equal(2, created.Count);
        Assert.All(created, loader => Assert.Equal([25], loader.BatchSizes));
    }

    private static async Task<string> RunWithLoader(PersonLoader loader, string query, int posts = 100)
    {
        ObjectType person = null!;
        person = new ObjectType("Person", () =>
        [
            Field("name", Str),
            new OutputField("friend", person) { Resolver = c => Load(c, "friendId") },
        ]);
        var post = new ObjectType("Post", () =>
        [
            Field("id", Int),
            new OutputField("author", person) { Resolver = c => Load(c, "authorId") },
        ]);
        var root = new ObjectType("Query", () => [Field("posts", List(post))]);
        var data = Obj(("posts", Enumerable.Range(0, posts).Select(i => Obj(("id", i), ("authorId", i))).ToArray()));

        var result = await Schema(root).MakeExecutable().ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            RootValue = data,
            ContextData = new Dictionary<string, object?> { ["loader"] = loader },
        });
        return ResultJsonWriter.ToJson((ExecutionResult)result);
    }

    private static ValueTask<object?> Load(IResolverContext context, string keyName)
    {
        var loader = (PersonLoader)context.ContextData["loader"]!;
        var key = (int)((IReadOnlyDictionary<string, object?>)context.Parent!)[keyName]!;
        return new ValueTask<object?>(loader.LoadAsync(key, context.RequestAborted));
    }

    private sealed class PersonLoader(DataLoaderOptions options) : BatchDataLoader<int, object?>(AmbientBatchScheduler.Instance, options)
    {
        public List<int> BatchSizes { get; } = [];

        public bool Fail { get; init; }

        protected override async Task<IReadOnlyDictionary<int, object?>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            BatchSizes.Add(keys.Count);
            await Task.Delay(1, cancellationToken);
            if (Fail)
            {
                throw new InvalidOperationException("database offline");
            }

            return keys.ToDictionary(k => k, k => (object?)Obj(("name", $"person {k}"), ("friendId", k + 1000)));
        }
    }
}
