using System.Security.Claims;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.Authorization;

/// <summary><c>@authorize</c> in SDL with HotChocolate's semantics, through the executor.</summary>
public sealed class SchemaFirstAuthorizationTests
{
    private const string Sdl = """
        type Query {
          open: String
          secret: String @authorize
          staff: String @authorize(roles: ["clerk", "judge"])
          both: String @authorize(roles: ["clerk"]) @authorize(policy: "hasScope")
          unknownPolicy: String @authorize(policy: "nope")
          cases: [Case]
          inner: Inner
          afterResolver: String @authorize(apply: AFTER_RESOLVER)
        }

        type Case @authorize(policy: "hasScope") {
          number: String
        }

        type Inner {
          guarded: String! @authorize
          other: String
        }

        type Mutation @authorize(roles: ["admin"]) {
          change: String
          ping: String @allowAnonymous
        }
        """;

    private static readonly Dictionary<string, Func<ClaimsPrincipal, bool>> Policies = new()
    {
        ["hasScope"] = user => user.HasClaim("scope", "cases.read"),
    };

    private int _resolverCalls;

    [Fact]
    public async Task A_field_without_arguments_needs_an_authenticated_caller_and_anonymous_callers_get_not_authenticated()
    {
        var anonymous = await RunAsync("{ open secret }", Callers.Anonymous);
        var authenticated = await RunAsync("{ open secret }", Callers.With());

        Assert.Equal(
            """{"errors":[{"message":"The current user is not authorized to access this resource.","locations":[{"line":1,"column":8}],"path":["secret"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":{"open":"o","secret":null}}""",
            anonymous);
        Assert.Equal("""{"data":{"open":"o","secret":"s"}}""", authenticated);
    }

    [Fact]
    public async Task Roles_pass_when_the_caller_holds_any_of_them_and_an_authenticated_caller_without_them_gets_not_authorized()
    {
        Assert.Equal("""{"data":{"staff":"staff"}}""", await RunAsync("{ staff }", Callers.With(roles: ["judge"])));
        Assert.Equal(
            """{"errors":[{"message":"The current user is not authorized to access this resource.","locations":[{"line":1,"column":3}],"path":["staff"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"staff":null}}""",
            await RunAsync("{ staff }", Callers.With(roles: ["janitor"])));
    }

    [Fact]
    public async Task Repeated_directives_must_all_pass()
    {
        var roleOnly = await RunAsync("{ both }", Callers.With(roles: ["clerk"]));
        var scopeOnly = await RunAsync("{ both }", Callers.With(scopes: ["cases.read"]));
        var allOf = await RunAsync("{ both }", Callers.With(roles: ["clerk"], scopes: ["cases.read"]));

        Assert.Contains("AUTH_NOT_AUTHORIZED", roleOnly, StringComparison.Ordinal);
        Assert.Contains("AUTH_NOT_AUTHORIZED", scopeOnly, StringComparison.Ordinal);
        Assert.Equal("""{"data":{"both":"both"}}""", allOf);
    }

    [Fact]
    public async Task An_unknown_policy_is_reported_with_its_name()
    {
        Assert.Equal(
            """{"errors":[{"message":"The `nope` authorization policy does not exist.","locations":[{"line":1,"column":3}],"path":["unknownPolicy"],"extensions":{"code":"AUTH_POLICY_NOT_FOUND"}}],"data":{"unknownPolicy":null}}""",
            await RunAsync("{ unknownPolicy }", Callers.With()));
    }

    [Fact]
    public async Task A_type_level_rule_is_checked_once_on_the_field_returning_the_type_not_on_its_fields()
    {
        var handler = Handler();
        var allowed = await RunAsync("{ cases { number } }", Callers.With(scopes: ["cases.read"]), handler);
        var denied = await RunAsync("{ cases { number } }", Callers.With());

        Assert.Equal("""{"data":{"cases":[{"number":"1"},{"number":"2"}]}}""", allowed);
        Assert.Equal(["Query.cases @authorize(policy: \"hasScope\")"], handler.Checks);
        Assert.Equal(
            """{"errors":[{"message":"The current user is not authorized to access this resource.","locations":[{"line":1,"column":3}],"path":["cases"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"cases":null}}""",
            denied);
    }

    [Fact]
    public async Task A_denied_non_null_field_nulls_its_parent_like_any_other_field_error()
    {
        Assert.Equal(
            """{"errors":[{"message":"The current user is not authorized to access this resource.","locations":[{"line":1,"column":11}],"path":["inner","guarded"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":{"inner":null,"open":"o"}}""",
            await RunAsync("{ inner { guarded other } open }", Callers.Anonymous));
    }

    [Fact]
    public async Task A_root_type_rule_guards_every_root_field_except_allow_anonymous_ones_and_introspection()
    {
        var anonymous = await RunAsync("mutation { __typename ping change }", Callers.Anonymous);
        var admin = await RunAsync("mutation { change }", Callers.With(roles: ["admin"]));

        Assert.Equal(
            """{"errors":[{"message":"The current user is not authorized to access this resource.","locations":[{"line":1,"column":28}],"path":["change"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":{"__typename":"Mutation","ping":"pong","change":null}}""",
            anonymous);
        Assert.Equal("""{"data":{"change":"changed"}}""", admin);
    }

    [Fact]
    public async Task A_denied_before_resolver_rule_never_runs_the_resolver_but_an_after_resolver_rule_does()
    {
        var denied = await RunAsync("{ afterResolver }", Callers.Anonymous);

        Assert.Contains("AUTH_NOT_AUTHENTICATED", denied, StringComparison.Ordinal);
        Assert.Equal(1, _resolverCalls);
        Assert.Equal("""{"data":{"afterResolver":"after"}}""", await RunAsync("{ afterResolver }", Callers.With()));
        Assert.Equal(2, _resolverCalls);

        await RunAsync("mutation { change }", Callers.With());
        Assert.Equal(2, _resolverCalls);
    }

    [Fact]
    public async Task Asynchronous_decisions_park_the_field_and_keep_the_response_order()
    {
        var handler = Handler(answerAsynchronously: true);

        var result = await RunAsync("{ secret open staff cases { number } }", Callers.With(roles: ["clerk"]), handler);

        Assert.Equal(
            """{"errors":[{"message":"The current user is not authorized to access this resource.","locations":[{"line":1,"column":21}],"path":["cases"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"secret":"s","open":"o","staff":"staff","cases":null}}""",
            result);
    }

    [Fact]
    public void The_directives_are_internal_they_are_neither_printed_nor_introspectable()
    {
        var schema = Build();

        Assert.DoesNotContain("authorize", schema.ToSdl(), StringComparison.Ordinal);
        Assert.DoesNotContain("ApplyPolicy", schema.ToSdl(), StringComparison.Ordinal);
        Assert.Null(schema.GetDirective("authorize"));
        Assert.Null(schema.GetType("ApplyPolicy"));
    }

    [Fact]
    public void A_schema_with_rules_needs_a_handler_and_one_without_rules_needs_none()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build().MakeExecutable());

        Assert.Contains("AuthorizationHandler", error.Message, StringComparison.Ordinal);
        Assert.NotNull(SchemaBuilder.FromSdl("type Query { open: String }").MakeExecutable());
    }

    [Fact]
    public void The_rules_list_every_guarded_field_with_type_and_root_rules_folded_in()
    {
        var rules = FieldAuthorizations.FromSchema(Build());

        var guarded = rules.Fields.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}").Order();

        Assert.Equal(
        [
            "Inner.guarded: @authorize",
            "Mutation.change: @authorize(roles: [\"admin\"])",
            "Query.afterResolver: @authorize(apply: AFTER_RESOLVER)",
            "Query.both: @authorize(roles: [\"clerk\"]) @authorize(policy: \"hasScope\")",
            "Query.cases: @authorize(policy: \"hasScope\")",
            "Query.secret: @authorize",
            "Query.staff: @authorize(roles: [\"clerk\", \"judge\"])",
            "Query.unknownPolicy: @authorize(policy: \"nope\")",
        ], guarded);
    }

    private static ClaimsAuthorizationHandler Handler(bool answerAsynchronously = false) => new(Policies, answerAsynchronously);

    private static Schema Build() => SchemaBuilder.New().AddAuthorization().AddSdl(Sdl).Build();

    private async Task<string> RunAsync(string query, ClaimsPrincipal user, ClaimsAuthorizationHandler? handler = null)
    {
        var schema = SchemaBuilder.New().AddAuthorization().AddSdl(Sdl)
            .BindResolver("Query", "afterResolver", _ =>
            {
                Interlocked.Increment(ref _resolverCalls);
                return ValueTask.FromResult<object?>("after");
            })
            .BindResolver("Mutation", "change", _ =>
            {
                Interlocked.Increment(ref _resolverCalls);
                return ValueTask.FromResult<object?>("changed");
            })
            .Build();
        var executor = schema.MakeExecutable(new RequestExecutorOptions { AuthorizationHandler = handler ?? Handler() });
        var root = new Dictionary<string, object?>
        {
            ["open"] = "o",
            ["secret"] = "s",
            ["staff"] = "staff",
            ["both"] = "both",
            ["unknownPolicy"] = "u",
            ["cases"] = new[] { new Dictionary<string, object?> { ["number"] = "1" }, new Dictionary<string, object?> { ["number"] = "2" } },
            ["inner"] = new Dictionary<string, object?> { ["guarded"] = "g", ["other"] = "x" },
            ["ping"] = "pong",
        };
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            RootValue = root,
            ContextData = new Dictionary<string, object?> { [ResolverContextUserExtensions.UserKey] = user },
        });
        return ResultJsonWriter.ToJson(Assert.IsType<ExecutionResult>(result));
    }
}
