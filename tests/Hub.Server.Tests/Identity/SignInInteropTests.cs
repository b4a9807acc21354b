using System.Security.Cryptography;
using Hub.Identity.Administration;
using Hub.Identity.Users;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Identity;

/// <summary>
/// People sign in to the clue board (a public client of policies/public-clients.yaml) on the whole hub, with
/// openid-client 6.8.9 (tests/js/oauth/signin.test.mjs): authorization code + PKCE through the sign-in page, /graphql
/// with the person's token, refresh rotation, sign-out, and every refusal with its RFC error, on PostgreSQL and SQLite.
/// </summary>
public sealed class SignInInteropTests
{
    private const string Password = "Sign-in-test-2026";
    private const string AllowedScope = "organizations.read";

    [Theory]
    [InlineData("PostgreSql")]
    [InlineData("Sqlite")]
    public async Task Openid_client_signs_a_person_in_with_the_code_flow_and_pkce(string provider)
    {
        await using var server = provider == "PostgreSql"
            ? await HubKestrelServer.StartOnPostgresAsync("signin_interop")
            : await HubKestrelServer.StartAsync();
        var issuer = server.Address.ToString().TrimEnd('/');
        await server.RegisterClientAsync("SIGNIN", [AllowedScope]);
        await server.RegisterClientAsync("SIGNIN-SUSPENDED", [AllowedScope]);
        var admin = await server.RegisterClientAsync("SIGNIN-ADMIN", ["hub:admin"]);
        var users = server.Services.GetRequiredService<UserAccounts>();
        var person = (await users.CreateAsync("zhang.jcg", "SIGNIN", "张检察官", Password, "test")).User;
        await users.CreateAsync("li.late", "SIGNIN", "李", Password, "test");
        await users.CreateAsync("wang.gone", "SIGNIN", "王", Password, "test");
        await users.DisableAsync("wang.gone", "test");
        await users.CreateAsync("zhao.suspended", "SIGNIN-SUSPENDED", "赵", Password, "test");
        await server.Services.GetRequiredService<IdentityAdministration>().SetSuspendedAsync("SIGNIN-SUSPENDED", true, "test");

        var run = await NodeScript.ExecuteAsync("oauth", ["--test", "--test-reporter=tap", "signin.test.mjs"], TimeSpan.FromMinutes(3), new Dictionary<string, string>
        {
            ["HUB_ISSUER"] = issuer,
            ["HUB_GRAPHQL"] = server.GraphQL.ToString(),
            ["HUB_CLIENT_ID"] = "clue-board",
            ["HUB_REDIRECT_URI"] = issuer + "/clue-board/callback",
            ["HUB_OTHER_REDIRECT_URI"] = "http://localhost:5173/callback",
            ["HUB_POST_LOGOUT_URI"] = issuer + "/clue-board/",
            ["HUB_SCOPE"] = $"openid offline_access {AllowedScope} persons.read",
            ["HUB_EXPECTED_SCOPE"] = $"openid offline_access {AllowedScope}",
            ["HUB_USER"] = "zhang.jcg",
            ["HUB_USER_ID"] = person.Id.ToString(),
            ["HUB_USER_AGENCY"] = "SIGNIN",
            ["HUB_LATE_USER"] = "li.late",
            ["HUB_DISABLED_USER"] = "wang.gone",
            ["HUB_SUSPENDED_USER"] = "zhao.suspended",
            ["HUB_PASSWORD"] = Password,
            ["HUB_ALLOWED_QUERY"] = $"{{ organization(uscc: \"{GraphQLInteropTests.UnsharedCreditCode()}\") {{ uscc }} }}",
            ["HUB_FORBIDDEN_QUERY"] = "{ scopes { name } }",
            ["HUB_ADMIN_CLIENT_ID"] = admin.ClientId,
            ["HUB_ADMIN_CLIENT_SECRET"] = admin.ClientSecret!,
        });

        var output = run.Output + run.Error;
        Assert.True(run.ExitCode == 0, output);
        Assert.Contains("# pass 11", output);
        Assert.Contains("# fail 0", output);
    }
}
