using System.Security.Claims;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.CodeFirst;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.Authorization;

/// <summary><c>[Authorize]</c> and <c>[AllowAnonymous]</c> on code-first types and members.</summary>
public sealed class CodeFirstAuthorizationTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddQueryType<CourtQuery>()
        .AddMutationType<CourtMutation>()
        .Build();

    private static readonly Dictionary<string, Func<ClaimsPrincipal, bool>> Policies = new()
    {
        ["judicial"] = user => user.HasClaim("scope", "judicial.read"),
    };

    [Fact]
    public async Task Attributes_on_members_guard_fields_and_anonymous_callers_are_told_to_authenticate()
    {
        var json = await RunAsync("{ court judges hearing { docket } }", Callers.Anonymous);

        Assert.Equal(
            """{"errors":[{"message":"The current user is not authorized to access this resource.","locations":[{"line":1,"column":9}],"path":["judges"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}},{"message":"The current user is not authorized to access this resource.","locations":[{"line":1,"column":16}],"path":["hearing"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":{"court":"Changsha","judges":null,"hearing":null}}""",
            json);
    }

    [Fact]
    public async Task Roles_and_class_level_policies_pass_for_callers_that_hold_them()
    {
        var json = await RunAsync("{ judges hearing { docket } }", Callers.With(roles: ["clerk"], scopes: ["judicial.read"]));

        Assert.Equal("""{"data":{"judges":["Wang","Zhao"],"hearing":{"docket":"(2026) Xiang 01"}}}""", json);
    }

    [Fact]
    public async Task A_class_level_rule_on_the_root_guards_every_field_but_allow_anonymous_ones()
    {
        var anonymous = await RunAsync("mutation { status close }", Callers.Anonymous);
        var authenticated = await RunAsync("mutation { close }", Callers.With(roles: ["janitor"]));

        Assert.Equal(
            """{"errors":[{"message":"The current user is not authorized to access this resource.","locations":[{"line":1,"column":19}],"path":["close"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":{"status":"open","close":null}}""",
            anonymous);
        Assert.Contains("AUTH_NOT_AUTHORIZED", authenticated, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_rules_add_to_the_declared_ones_and_must_name_existing_fields()
    {
        var rules = FieldAuthorizations.FromSchema(Schema).With("Query", "court", new AuthorizeDirective("judicial"));

        Assert.Equal(["@authorize(policy: \"judicial\")"], rules.For((ObjectTypeField("Query", "court"))).Select(r => r.ToString()));
        Assert.Throws<ArgumentException>(() => rules.With("Query", "nothing", new AuthorizeDirective()));
        Assert.Throws<ArgumentException>(() => rules.With("Nothing", "court", new AuthorizeDirective()));
    }

    private static OutputField ObjectTypeField(string type, string field) => ((ObjectType)Schema.GetType(type)!).Fields[field];

    private static async Task<string> RunAsync(string query, ClaimsPrincipal user)
    {
        var executor = Schema.MakeExecutable(new RequestExecutorOptions { AuthorizationHandler = new ClaimsAuthorizationHandler(Policies) });
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            ContextData = new Dictionary<string, object?> { [ResolverContextUserExtensions.UserKey] = user },
        });
        return ResultJsonWriter.ToJson(Assert.IsType<ExecutionResult>(result));
    }
}

/// <summary>A court's public name, its judges for clerks and hearings for callers with the judicial scope.</summary>
public sealed class CourtQuery
{
    public string Court => "Changsha";

    [Authorize(Roles = ["clerk", "judge"])]
    public IReadOnlyList<string>? Judges() => ["Wang", "Zhao"];

    public Hearing? Hearing() => new("(2026) Xiang 01");
}

/// <summary>Hearings are judicial data: the type's rule applies to every field returning one.</summary>
[Authorize("judicial")]
public sealed record Hearing(string Docket);

/// <summary>Changes need an admin; the status stays public.</summary>
[Authorize(Roles = ["admin"])]
public sealed class CourtMutation
{
    [AllowAnonymous]
    public string Status() => "open";

    public bool? Close() => true;
}
