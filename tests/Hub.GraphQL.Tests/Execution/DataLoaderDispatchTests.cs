using Hub.GraphQL.Authorization;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Execution.DataLoader;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Tests.Authorization;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Tests.Execution;

/// <summary>
/// A level's DataLoader batch is dispatched only once every field of the level has added its keys, also when those
/// fields finish through an asynchronous step of the engine (a guarded field's authorization) after their value arrived.
/// </summary>
public sealed class DataLoaderDispatchTests
{
    private const string Sdl = """
        type Query { posts: [Post] }
        type Post { author: Person @authorize(apply: AFTER_RESOLVER) }
        type Person { name: String friend: Person }
        """;

    [Fact]
    public async Task Siblings_whose_authorization_finishes_after_the_first_still_share_the_next_levels_batch()
    {
        var friends = new PersonLoader();
        var authors = new PersonLoader();
        var authorization = new LaterSiblingsWaitForADispatch(friends);
        var schema = SchemaBuilder.New().AddAuthorization().AddSdl(Sdl)
            .BindResolver("Post", "author", c => new ValueTask<object?>(authors.LoadAsync(Key(c, "authorId"), c.RequestAborted)))
            .BindResolver("Person", "friend", c => new ValueTask<object?>(friends.LoadAsync(Key(c, "friendId"), c.RequestAborted)))
            .Build();
        var root = new Dictionary<string, object?>
        {
            ["posts"] = Enumerable.Range(0, 3).Select(i => new Dictionary<string, object?> { ["authorId"] = i }).ToArray(),
        };

        var result = await schema.MakeExecutable(new RequestExecutorOptions { AuthorizationHandler = authorization }).ExecuteAsync(new GraphQLRequest
        {
            Query = "{ posts { author { name friend { name } } } }",
            RootValue = root,
            ContextData = new Dictionary<string, object?> { [ResolverContextUserExtensions.UserKey] = Callers.With() },
        });

        Assert.Equal(
            """{"data":{"posts":[{"author":{"name":"person 0","friend":{"name":"person 100"}}},{"author":{"name":"person 1","friend":{"name":"person 101"}}},{"author":{"name":"person 2","friend":{"name":"person 102"}}}]}}""",
            ResultJsonWriter.ToJson(Assert.IsType<ExecutionResult>(result)));
        Assert.Equal([3], authors.BatchSizes);
        Assert.Equal([3], friends.BatchSizes);
        Assert.Equal(3, authorization.Checks);
    }

    private static int Key(IResolverContext context, string name) => (int)((IReadOnlyDictionary<string, object?>)context.Parent!)[name]!;

    /// <summary>
    /// Allows every caller, but the check of every author after the first waits (at most 300 ms) until a batch of
    /// friends has been dispatched: an executor that dispatches while a sibling is still being checked splits that batch.
    /// </summary>
    private sealed class LaterSiblingsWaitForADispatch(PersonLoader friends) : IAuthorizationHandler
    {
        private int _checks;

        public int Checks => _checks;

        public ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive)
        {
            if (Interlocked.Increment(ref _checks) > 1)
            {
                friends.Dispatched.Wait(TimeSpan.FromMilliseconds(300));
            }

            return ValueTask.FromResult(AuthorizeResult.Allowed);
        }

        public ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, IReadOnlyList<AuthorizeDirective> directives) =>
            ValueTask.FromResult(AuthorizeResult.Allowed);
    }

    private sealed class PersonLoader() : BatchDataLoader<int, object?>(AmbientBatchScheduler.Instance)
    {
        public List<int> BatchSizes { get; } = [];

        public ManualResetEventSlim Dispatched { get; } = new();

        protected override async Task<IReadOnlyDictionary<int, object?>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            lock (BatchSizes)
            {
                BatchSizes.Add(keys.Count);
            }

            Dispatched.Set();
            await Task.Delay(1, cancellationToken);
            return keys.ToDictionary(k => k, k => (object?)new Dictionary<string, object?>
            {
                ["name"] = $"person {k}",
                ["friendId"] = k + 100,
            });
        }
    }
}
