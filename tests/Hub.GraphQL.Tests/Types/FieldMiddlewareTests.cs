using Hub.GraphQL.Execution;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Conventions;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Tests.Types;

/// <summary>Field middleware composed once per field, conventions over the merged SDL, and cleanup after the operation.</summary>
public sealed class FieldMiddlewareTests
{
    [Fact]
    public async Task Each_middleware_wraps_the_resolver_and_the_middleware_added_before_it()
    {
        var calls = new List<string>();
        var builder = SchemaBuilder.New().AddSdl("type Query { greeting: String plain: String }");
        builder.Field("Query", "greeting")
            .Resolve(_ => "hello")
            .Use(Trace(calls, "inner"))
            .Use(Trace(calls, "outer"));

        var json = await ExecuteAsync(builder.Build(), "{ greeting plain }", new Dictionary<string, object?> { ["plain"] = "as is" });

        Assert.Equal("""{"data":{"greeting":"outer(inner(hello))","plain":"as is"}}""", json);
        Assert.Equal(["outer:before", "inner:before", "inner:after", "outer:after"], calls);
    }

    [Fact]
    public void Only_fields_with_middleware_get_a_pipeline_and_it_is_composed_once()
    {
        var composed = 0;
        var builder = SchemaBuilder.New().AddSdl("type Query { a: String b: String }");
        builder.Use("Query", "a", next =>
        {
            composed++;
            return next;
        });

        var schema = builder.Build();
        var query = schema.QueryTypeOrNull!;

        Assert.NotNull(query.Fields["a"].Pipeline);
        Assert.Null(query.Fields["b"].Pipeline);
        Assert.Equal(1, composed);
    }

    [Fact]
    public async Task Middleware_around_the_default_resolver_reads_the_parent()
    {
        var builder = SchemaBuilder.New().AddSdl("type Query { name: String }")
            .Use("Query", "name", next => async context => ((string?)await next(context))?.ToUpperInvariant());

        var json = await ExecuteAsync(builder.Build(), "{ name }", new Dictionary<string, object?> { ["name"] = "ada" });

        Assert.Equal("""{"data":{"name":"ADA"}}""", json);
    }

    [Fact]
    public async Task A_convention_adds_an_argument_a_type_beside_the_field_and_middleware()
    {
        var builder = SchemaBuilder.New()
            .AddSdl("type Query { version: String }")
            .AddSdl("extend type Query { greeting: String }")
            .AddSdl("type Later { x: Int }")
            .AddConvention(new ShoutConvention());
        builder.Field("Query", "greeting").Resolve(context => $"hello {context.ArgumentValue<string>("name")}");

        var schema = builder.Build();
        var json = await ExecuteAsync(schema, """{ greeting(name: "ada") }""");

        Assert.Equal("""{"data":{"greeting":"HELLO ADA"}}""", json);
        Assert.Equal(["Query", "Shout", "Later"], schema.Types.Keys.Where(name => !name.StartsWith("__", StringComparison.Ordinal) && name is not ("String" or "Int" or "Boolean")));
        Assert.Equal(["name"], schema.QueryTypeOrNull!.Fields["greeting"].Arguments.Keys);
    }

    [Fact]
    public void A_convention_naming_a_field_the_SDL_lacks_fails_the_build_naming_it()
    {
        var builder = SchemaBuilder.New().AddSdl("type Query { version: String }").AddConvention(new ShoutConvention());

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Equal("The SDL declares no object field \"Query.greeting\".", error.Message);
    }

    [Fact]
    public async Task Registered_cleanups_run_after_the_operation_in_reverse_order()
    {
        var events = new List<string>();
        var builder = SchemaBuilder.New().AddSdl("type Query { a: String b: String }");
        builder.Field("Query", "a").ResolveAsync(async context =>
        {
            context.RegisterForCleanup(() => Record(events, "clean a"));
            await Task.Yield();
            events.Add("resolved a");
            return "a";
        });
        builder.Field("Query", "b").Resolve(context =>
        {
            context.RegisterForCleanup(() => Record(events, "clean b"));
            events.Add("resolved b");
            return "b";
        });

        var json = await ExecuteAsync(builder.Build(), "{ a b }");

        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", json);
        Assert.Equal(["resolved b", "resolved a", "clean b", "clean a"], events);
    }

    [Fact]
    public async Task A_cancelled_request_runs_its_cleanups_only_after_its_resolvers_have_finished()
    {
        // A resolver still reading (a query the cancellation has not stopped yet) must not have its resources disposed under it.
        var events = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cleaned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = SchemaBuilder.New().AddSdl("type Query { rows: String }");
        builder.Field("Query", "rows").ResolveAsync(async context =>
        {
            context.RegisterForCleanup(() =>
            {
                events.Enqueue("disposed");
                cleaned.SetResult();
                return ValueTask.CompletedTask;
            });
            started.SetResult();
            await reading.Task;
            events.Enqueue("read");
            return "rows";
        });
        using var cancellation = new CancellationTokenSource();

        var execution = builder.Build().MakeExecutable().ExecuteAsync(new GraphQLRequest { Query = "{ rows }" }, cancellation.Token).AsTask();
        await started.Task;
        await cancellation.CancelAsync();
        var result = (ExecutionResult)await execution;
        await Task.Delay(100);
        var beforeTheReadEnded = events.ToList();
        reading.SetResult();
        await cleaned.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("HC0049", result.Errors![0].Extensions!["code"]);
        Assert.Empty(beforeTheReadEnded);
        Assert.Equal(["read", "disposed"], events);
    }

    private static ValueTask Record(List<string> events, string entry)
    {
        events.Add(entry);
        return ValueTask.CompletedTask;
    }

    private static FieldMiddleware Trace(List<string> calls, string name) => next => async context =>
    {
        calls.Add(name + ":before");
        var value = await next(context);
        calls.Add(name + ":after");
        return $"{name}({value})";
    };

    private static async Task<string> ExecuteAsync(Schema schema, string query, object? root = null)
    {
        var result = await schema.MakeExecutable().ExecuteAsync(new GraphQLRequest { Query = query, RootValue = root });
        return ResultJsonWriter.ToJson((ExecutionResult)result);
    }

    /// <summary>Gives <c>Query.greeting</c> a <c>name</c> argument and upper-cases its value; declares <c>Shout</c> beside it.</summary>
    private sealed class ShoutConvention : ISchemaConvention
    {
        public void Apply(SchemaConventionContext context)
        {
            var field = context.GetField("Query", "greeting");
            var name = Parser.Parse("type T { f(name: String): String }").Definitions.OfType<ObjectTypeDefinitionNode>().Single().Fields[0].Arguments;
            context.ReplaceField("Query", "greeting", new FieldDefinitionNode(field.Description, field.Name, [.. field.Arguments, .. name], field.Type, field.Directives));
            context.AddDefinitionsBesideField("Query", "greeting", Parser.Parse("type Shout { loud: Boolean }").Definitions);
            context.Use("Query", "greeting", next => async c => ((string?)await next(c))?.ToUpperInvariant());
        }
    }
}
