using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Language;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;
using static Hub.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Hub.GraphQL.Tests.Execution;

/// <summary>The request pipeline: caches, parse errors, limit analyzers, timeout and cancellation.</summary>
public sealed class RequestPipelineTests
{
    [Fact]
    public async Task A_syntax_error_gives_errors_and_no_data()
    {
        var json = await RunAsync(SimpleSchema(), "{ a ");
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":5}]}]}""", json);
    }

    [Fact]
    public async Task The_same_document_is_validated_once_and_compiled_plans_are_reused()
    {
        var validations = 0;
        var executor = new RequestExecutor(SimpleSchema(), new RequestExecutorOptions
        {
            Validate = (_, _) =>
            {
                validations++;
                return [];
            },
        });

        for (var i = 0; i < 5; i++)
        {
            var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }", RootValue = Obj(("a", i)) });
            Assert.Equal("{\"data\":{\"a\":\"" + i + "\"}}", ResultJsonWriter.ToJson(result));
        }

        Assert.Equal(1, validations);
    }

    [Fact]
    public async Task Documents_longer_than_the_cache_limit_are_validated_each_time_not_kept()
    {
        var validations = 0;
        var executor = new RequestExecutor(SimpleSchema(), new RequestExecutorOptions
        {
            MaxCachedDocumentLength = 20,
            Validate = (_, _) =>
            {
                validations++;
                return [];
            },
        });
        const string longQuery = "{ a } # longer than twenty";

        await executor.ExecuteAsync(new GraphQLRequest { Query = longQuery, RootValue = Obj(("a", 1)) });
        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = longQuery, RootValue = Obj(("a", 2)) });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }", RootValue = Obj(("a", 3)) });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }", RootValue = Obj(("a", 4)) });

        Assert.Equal("{\"data\":{\"a\":\"2\"}}", ResultJsonWriter.ToJson(result));
        Assert.Equal(3, validations);
    }

    [Fact]
    public async Task Invalid_documents_are_not_cached()
    {
        var validations = 0;
        var executor = new RequestExecutor(SimpleSchema(), new RequestExecutorOptions
        {
            Validate = (_, _) =>
            {
                validations++;
                return [new GraphQLError("invalid")];
            },
        });

        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }" });
        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }" });

        Assert.Equal(2, validations);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task An_analyzer_error_stops_the_request_before_execution()
    {
        var executed = false;
        var query = new ObjectType("Query", () => [Field("a", Str, _ => { executed = true; return "a"; })]);
        var executor = new RequestExecutor(Schema(query), new RequestExecutorOptions { DocumentAnalyzers = [new RejectAll()] });

        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }" });

        Assert.False(executed);
        Assert.Equal("""{"errors":[{"message":"too deep"}]}""", ResultJsonWriter.ToJson(result));
    }

    [Fact]
    public async Task A_request_running_past_the_timeout_reports_HC0045()
    {
        var query = new ObjectType("Query", () => [AsyncField("slow", Str, async c =>
        {
            await Task.Delay(Timeout.Infinite, c.RequestAborted);
            return "never";
        })]);
        var executor = new RequestExecutor(Schema(query), new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });

        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ slow }" });

        Assert.Equal(
            """{"errors":[{"message":"The request exceeded the configured timeout of `00:00:00.0500000`.","extensions":{"code":"HC0045"}}]}""",
            ResultJsonWriter.ToJson(result));
    }

    [Fact]
    public async Task A_cancelled_request_reports_HC0049()
    {
        using var cancellation = new CancellationTokenSource();
        var query = new ObjectType("Query", () => [AsyncField("slow", Str, async c =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, c.RequestAborted);
            return "never";
        })]);

        var result = (ExecutionResult)await Schema(query).MakeExecutable().ExecuteAsync(new GraphQLRequest { Query = "{ slow }" }, cancellation.Token);

        Assert.Equal("HC0049", Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task A_parsed_document_can_be_executed_directly()
    {
        var result = (ExecutionResult)await SimpleSchema().MakeExecutable().ExecuteAsync(new GraphQLRequest
        {
            Document = Parser.Parse("{ a }"),
            RootValue = Obj(("a", "x")),
        });

        Assert.Equal("""{"data":{"a":"x"}}""", ResultJsonWriter.ToJson(result));
    }

    [Fact]
    public async Task Resolver_exceptions_keep_their_message_and_expose_the_original_exception()
    {
        var failure = new InvalidOperationException("db down");
        var query = new ObjectType("Query", () => [Field("a", Str, _ => throw failure)]);

        var result = (ExecutionResult)await Schema(query).MakeExecutable().ExecuteAsync(new GraphQLRequest { Query = "{ a }" });

        var error = Assert.Single(result.Errors!);
        Assert.Equal("db down", error.Message);
        Assert.Same(failure, error.OriginalError);
        Assert.Equal(["a"], error.Path!);
    }

    private static Schema SimpleSchema() => Schema(new ObjectType("Query", () => [Field("a", Str)]));

    private sealed class RejectAll : IDocumentAnalyzer
    {
        public IReadOnlyList<GraphQLError>? Analyze(DocumentAnalysisContext context) => [new GraphQLError("too deep")];
    }
}
