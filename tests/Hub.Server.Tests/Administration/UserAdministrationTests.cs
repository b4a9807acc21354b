using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Administration;

/// <summary>
/// The user accounts through the admin GraphQL API over real HTTP: createUser with a given or a generated password,
/// disableUser, resetUserPassword and the paged <c>users</c> listing; refusals as typed payload errors; only hub:admin.
/// </summary>
[Collection(AdministrationCollection.Name)]
public sealed class UserAdministrationTests(AdminHubFixture hub)
{
    private const string UserFields = "user { userName displayName agency { code } disabled accessFailedCount lockoutEnd }";

    [Fact]
    public async Task An_admin_creates_disables_and_resets_users_and_the_password_check_sees_each_change()
    {
        var admin = await hub.AdminTokenAsync();
        var check = hub.Server.Services.GetRequiredService<PasswordCheck>();

        var created = await hub.Http.MutateAsync(admin, "createUser", "CreateUserInput",
            new { userName = "gql.prosecutor", agencyCode = "SPP-430281", displayName = "检察官 甲", password = "Graphql-password-1" }, UserFields + " generatedPassword");
        var generated = await hub.Http.MutateAsync(admin, "createUser", "CreateUserInput",
            new { userName = "gql.staff", agencyCode = "PSB-430281" }, UserFields + " generatedPassword");

        Assert.Equal("""{"userName":"gql.prosecutor","displayName":"检察官 甲","agency":{"code":"SPP-430281"},"disabled":false,"accessFailedCount":0,"lockoutEnd":null}""",
            created.GetProperty("user").GetRawText());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("generatedPassword").ValueKind);
        var password = generated.GetProperty("generatedPassword").GetString()!;
        Assert.Equal(20, password.Length);
        Assert.Equal(PasswordCheckOutcome.Succeeded, (await check.CheckAsync("gql.prosecutor", "Graphql-password-1", "test")).Outcome);
        Assert.Equal(PasswordCheckOutcome.Succeeded, (await check.CheckAsync("gql.staff", password, "test")).Outcome);

        var disabled = await hub.Http.MutateAsync(admin, "disableUser", "DisableUserInput", new { userName = "gql.prosecutor" }, UserFields);
        Assert.True(disabled.GetProperty("user").GetProperty("disabled").GetBoolean());
        Assert.Equal(PasswordCheckOutcome.Disabled, (await check.CheckAsync("gql.prosecutor", "Graphql-password-1", "test")).Outcome);

        var reset = await hub.Http.MutateAsync(admin, "resetUserPassword", "ResetUserPasswordInput",
            new { userName = "gql.staff", password = "Another-password-2" }, UserFields + " generatedPassword");
        Assert.Equal(JsonValueKind.Null, reset.GetProperty("generatedPassword").ValueKind);
        Assert.Equal(PasswordCheckOutcome.Failed, (await check.CheckAsync("gql.staff", password, "test")).Outcome);
        Assert.Equal(PasswordCheckOutcome.Succeeded, (await check.CheckAsync("gql.staff", "Another-password-2", "test")).Outcome);

        var audit = await hub.Http.GraphQLAsync("""{ auditTrail(where: { subject: { startsWith: "gql." }, action: { startsWith: "user." }, actor: { neq: "test" } }, first: 50) { nodes { action actor subject } } }""", accessToken: admin);
        Assert.Equal(
            [$"user.password_reset {hub.AdminClientId} gql.staff", $"user.disabled {hub.AdminClientId} gql.prosecutor",
             $"user.created {hub.AdminClientId} gql.staff", $"user.created {hub.AdminClientId} gql.prosecutor"],
            audit.GetProperty("data").GetProperty("auditTrail").GetProperty("nodes").EnumerateArray()
                .Select(n => $"{n.GetProperty("action").GetString()} {n.GetProperty("actor").GetString()} {n.GetProperty("subject").GetString()}"));
    }

    [Fact]
    public async Task Refusals_are_typed_errors_naming_the_user_the_agency_or_the_rules()
    {
        var admin = await hub.AdminTokenAsync();
        await hub.Http.MutateAsync(admin, "createUser", "CreateUserInput", new { userName = "gql.taken", agencyCode = "SPP-430281" }, "user { userName }");

        var weak = await RefusedAsync(admin, "createUser", "CreateUserInput", new { userName = "gql.weak", agencyCode = "SPP-430281", password = "weakpassword" }, "... on PasswordRejectedError { code rules }");
        var taken = await RefusedAsync(admin, "createUser", "CreateUserInput", new { userName = "GQL.TAKEN", agencyCode = "SPP-430281" }, "... on DuplicateUserError { code userName }");
        var badName = await RefusedAsync(admin, "createUser", "CreateUserInput", new { userName = "gql weak", agencyCode = "SPP-430281" }, "... on InvalidUserError { code userName }");
        var noAgency = await RefusedAsync(admin, "createUser", "CreateUserInput", new { userName = "gql.lost", agencyCode = "NOPE-430281" }, "... on AgencyNotFoundError { code agencyCode }");
        var unknown = await RefusedAsync(admin, "disableUser", "DisableUserInput", new { userName = "gql.nobody" }, "... on UserNotFoundError { code userName }");
        var unknownReset = await RefusedAsync(admin, "resetUserPassword", "ResetUserPasswordInput", new { userName = "gql.nobody" }, "... on UserNotFoundError { code userName }");

        Assert.Equal("""{"__typename":"PasswordRejectedError","message":"The password of user 'gql.weak' breaks the password policy: Passwords must have at least one digit ('0'-'9'). (PasswordRequiresDigit) Passwords must have at least one uppercase ('A'-'Z'). (PasswordRequiresUpper)","code":"PASSWORD_REJECTED","rules":["PasswordRequiresDigit","PasswordRequiresUpper"]}""",
            weak.GetRawText());
        Assert.Equal(("DUPLICATE_USER", "GQL.TAKEN"), (taken.GetProperty("code").GetString(), taken.GetProperty("userName").GetString()));
        Assert.Equal(("INVALID_USER", "gql weak"), (badName.GetProperty("code").GetString(), badName.GetProperty("userName").GetString()));
        Assert.Equal(("AGENCY_NOT_FOUND", "NOPE-430281"), (noAgency.GetProperty("code").GetString(), noAgency.GetProperty("agencyCode").GetString()));
        foreach (var error in new[] { unknown, unknownReset })
        {
            Assert.Equal("""{"__typename":"UserNotFoundError","message":"User 'gql.nobody' does not exist.","code":"USER_NOT_FOUND","userName":"gql.nobody"}""", error.GetRawText());
        }
    }

    [Fact]
    public async Task Users_page_and_filter_like_clients_and_only_hub_admin_sees_them()
    {
        var admin = await hub.AdminTokenAsync();
        foreach (var name in new[] { "page.c", "page.a", "page.b" })
        {
            await hub.Http.MutateAsync(admin, "createUser", "CreateUserInput", new { userName = name, agencyCode = "COURT-430281" }, "user { userName }");
        }

        var first = await hub.Http.GraphQLAsync("""{ users(first: 2, where: { userName: { startsWith: "page." } }) { totalCount pageInfo { hasNextPage endCursor } nodes { userName agency { code } } } }""", accessToken: admin);
        var page = first.GetProperty("data").GetProperty("users");
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["page.a", "page.b"], page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("userName").GetString()));
        var after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await hub.Http.GraphQLAsync("query($after: String) { users(first: 2, after: $after, where: { userName: { startsWith: \"page.\" } }) { nodes { userName } } }", new { after }, admin);
        Assert.Equal(["page.c"], second.GetProperty("data").GetProperty("users").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("userName").GetString()));

        var reader = await hub.Server.Services.GetRequiredService<IdentityAdministration>().CreateClientAsync("COURT-430281", "Court reader", ["clues.read"], "test");
        var readerToken = await hub.Http.AccessTokenAsync(reader.ClientId, reader.ClientSecret!, "clues.read");
        var refused = await hub.Http.GraphQLAsync("{ users(first: 1) { totalCount } }", accessToken: readerToken);
        var mutation = await hub.Http.GraphQLAsync("""mutation { createUser(input: { userName: "sneaky", agencyCode: "COURT-430281" }) { generatedPassword } }""", accessToken: readerToken);
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("AUTH_NOT_AUTHORIZED", mutation.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<JsonElement> RefusedAsync(string token, string field, string inputType, object input, string errorFields)
    {
        var body = await hub.Http.GraphQLAsync(
            $"mutation Change($input: {inputType}!) {{ {field}(input: $input) {{ user {{ userName }} errors {{ __typename ... on Error {{ message }} {errorFields} }} }} }}",
            new { input }, token);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var payload = body.GetProperty("data").GetProperty(field);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("user").ValueKind);
        return Assert.Single(payload.GetProperty("errors").EnumerateArray());
    }
}
