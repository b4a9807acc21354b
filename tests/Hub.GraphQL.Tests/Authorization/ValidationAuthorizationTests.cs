using System.Security.Claims;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.Authorization;

/// <summary><c>apply: VALIDATION</c>: checked once for the whole request before anything runs.</summary>
public sealed class ValidationAuthorizationTests
{
    private const string Sdl = """
        type Query {
          open: String
          person: Person
          search: [Result]
        }

        type Person {
          name: String
          idNumber: String @authorize(policy: "reveal", apply: VALIDATION)
        }

        type Company {
          name: String
        }

        union Result = Person | Company
        """;

    private static readonly Dictionary<string, Func<ClaimsPrincipal, bool>> Policies = new()
    {
        ["reveal"] = user => user.HasClaim("scope", "persons.reveal"),
    };

    [Fact]
    public async Task A_request_selecting_a_denied_field_gets_the_error_and_no_data_and_nothing_runs()
    {
        var handler = new ClaimsAuthorizationHandler(Policies);
        var resolved = 0;

        var json = await RunAsync("{ open person { name idNumber } }", Callers.With(), handler, () => resolved++);

        Assert.Equal(
            """{"errors":[{"message":"The current user is not authorized to access this resource.","locations":[{"line":1,"column":22}],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}]}""",
            json);
        Assert.Equal(0, resolved);
        Assert.Equal(["request @authorize(policy: \"reveal\", apply: VALIDATION)"], handler.Checks);
    }

    [Fact]
    public async Task Fields_reached_through_fragments_and_abstract_types_are_checked_too()
    {
        var json = await RunAsync(
            "{ search { ... on Person { ...Id } } } fragment Id on Person { idNumber }", Callers.Anonymous, new ClaimsAuthorizationHandler(Policies), () => { });

        Assert.Contains("AUTH_NOT_AUTHENTICATED", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_permitted_request_runs_normally_and_one_not_selecting_the_field_is_not_checked()
    {
        var handler = new ClaimsAuthorizationHandler(Policies);

        var revealed = await RunAsync("{ person { idNumber } }", Callers.With(scopes: ["persons.reveal"]), handler, () => { });
        var plain = await RunAsync("{ person { name } }", Callers.Anonymous, handler, () => { });

        Assert.Equal("""{"data":{"person":{"idNumber":"430281"}}}""", revealed);
        Assert.Equal("""{"data":{"person":{"name":"Li"}}}""", plain);
        Assert.Single(handler.Checks);
    }

    private static async Task<string> RunAsync(string query, ClaimsPrincipal user, ClaimsAuthorizationHandler handler, Action onResolve)
    {
        var schema = SchemaBuilder.New().AddAuthorization().AddSdl(Sdl)
            .BindResolver("Query", "person", _ =>
            {
                onResolve();
                return ValueTask.FromResult<object?>(new Dictionary<string, object?> { ["name"] = "Li", ["idNumber"] = "430281" });
            })
            .BindResolver("Query", "search", _ => ValueTask.FromResult<object?>(Array.Empty<object>()))
            .BindResolveType("Result", (_, _, _) => "Person")
            .Build();
        var executor = schema.MakeExecutable(new RequestExecutorOptions { AuthorizationHandler = handler });
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            ContextData = new Dictionary<string, object?> { [ResolverContextUserExtensions.UserKey] = user },
        });
        return ResultJsonWriter.ToJson(Assert.IsType<ExecutionResult>(result));
    }
}
