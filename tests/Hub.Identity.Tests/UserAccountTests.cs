using System.Security.Cryptography;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Hub.Identity.Users;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity.Tests;

/// <summary>
/// User accounts on ASP.NET Core Identity, on PostgreSQL and on SQLite: creation with a given or a generated password,
/// the password policy, lockout under a burst of wrong passwords, disabled users, suspended agencies, and the scopes a
/// user may have. Each test makes its own agency, so they share the fixture's store without meeting.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class UserAccountTests(IdentityFixture fixture)
{
    private const string Password = "Correct-horse-7-battery";

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task A_user_signs_in_with_its_password_and_each_step_is_audited(string provider)
    {
        await using var store = await StoreAsync(provider);
        var (agency, userName) = await store.AgencyWithUserAsync();
        var check = store.Server.GetRequiredService<PasswordCheck>();

        var wrong = await check.CheckAsync(userName, "Wrong-password-123", "clue-board");
        var right = await check.CheckAsync(userName, Password, "clue-board");
        var unknown = await check.CheckAsync("nobody-" + userName, Password, "clue-board");

        Assert.Equal(PasswordCheckOutcome.Failed, wrong.Outcome);
        Assert.Equal(1, wrong.User!.AccessFailedCount);
        Assert.Equal(PasswordCheckOutcome.Succeeded, right.Outcome);
        Assert.Equal(agency, right.User!.Agency.Code);
        Assert.Equal(0, right.User.AccessFailedCount);
        Assert.Equal(PasswordCheckOutcome.Failed, unknown.Outcome);
        Assert.Null(unknown.User);

        await using var db = await store.DbAsync();
        var stored = await db.Users.SingleAsync(u => u.UserName == userName);
        Assert.DoesNotContain(Password, stored.PasswordHash!, StringComparison.Ordinal);
        Assert.Equal(
            [(AuditActions.UserCreated, "cli:alice", $"{{\"agency\":\"{agency}\",\"display_name\":\"Prosecutor {userName}\",\"generated_password\":false}}"),
             (AuditActions.SignInFailed, "clue-board", $"{{\"agency\":\"{agency}\",\"reason\":\"wrong_password\",\"failed_attempts\":1,\"locked_until\":null}}"),
             (AuditActions.SignInSucceeded, "clue-board", $"{{\"agency\":\"{agency}\",\"reason\":null,\"failed_attempts\":0,\"locked_until\":null}}")],
            await store.AuditAsync(userName));
        Assert.Equal(
            [(AuditActions.SignInFailed, "clue-board", "{\"agency\":null,\"reason\":\"unknown_user\",\"failed_attempts\":null,\"locked_until\":null}")],
            await store.AuditAsync("nobody-" + userName));
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task A_burst_of_wrong_passwords_locks_the_account_after_five_and_a_reset_unlocks_it(string provider)
    {
        await using var store = await StoreAsync(provider);
        var (_, userName) = await store.AgencyWithUserAsync();
        var check = store.Server.GetRequiredService<PasswordCheck>();

        var burst = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => check.CheckAsync(userName, $"Wrong-password-{i}", "clue-board"))));

        Assert.Equal(4, burst.Count(r => r.Outcome == PasswordCheckOutcome.Failed));
        Assert.Equal(16, burst.Count(r => r.Outcome == PasswordCheckOutcome.LockedOut));
        var locked = await check.CheckAsync(userName, Password, "clue-board");
        Assert.Equal(PasswordCheckOutcome.LockedOut, locked.Outcome);
        Assert.InRange(locked.LockedUntil!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        var audit = await store.AuditAsync(userName);
        Assert.Equal(4, audit.Count(a => a.Action == AuditActions.SignInFailed));
        Assert.Equal(17, audit.Count(a => a.Action == AuditActions.SignInLocked));
        Assert.Single(audit, a => a.Detail.Contains("\"too_many_failures\"", StringComparison.Ordinal));

        var reset = await store.Server.GetRequiredService<UserAccounts>().ResetPasswordAsync(userName, password: null, "cli:alice");

        Assert.Equal(PasswordCheckOutcome.Failed, (await check.CheckAsync(userName, Password, "clue-board")).Outcome);
        Assert.Equal(PasswordCheckOutcome.Succeeded, (await check.CheckAsync(userName, reset.GeneratedPassword!, "clue-board")).Outcome);
    }

    [Fact]
    public async Task The_lockout_threshold_and_duration_come_from_configuration()
    {
        await using var server = await fixture.StartServerAsync(new Dictionary<string, string?>
        {
            ["Identity:Users:Lockout:MaxFailedAccessAttempts"] = "2",
            ["Identity:Users:Lockout:DefaultLockoutTimeSpan"] = "00:02:00",
        });
        await using var store = new UserStore(server, ownsServer: false);
        var (_, userName) = await store.AgencyWithUserAsync();
        var check = server.GetRequiredService<PasswordCheck>();

        Assert.Equal(PasswordCheckOutcome.Failed, (await check.CheckAsync(userName, "Wrong-password-1", "clue-board")).Outcome);
        var second = await check.CheckAsync(userName, "Wrong-password-2", "clue-board");

        Assert.Equal(PasswordCheckOutcome.LockedOut, second.Outcome);
        Assert.InRange(second.LockedUntil!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task A_disabled_user_and_a_user_of_a_suspended_agency_cannot_sign_in_with_the_right_password()
    {
        await using var store = await StoreAsync("postgres");
        var (agency, userName) = await store.AgencyWithUserAsync();
        var (suspendedAgency, suspendedUser) = await store.AgencyWithUserAsync();
        var accounts = store.Server.GetRequiredService<UserAccounts>();
        var check = store.Server.GetRequiredService<PasswordCheck>();

        var disabled = await accounts.DisableAsync(userName, "cli:alice");
        await store.Server.GetRequiredService<IdentityAdministration>().SetSuspendedAsync(suspendedAgency, suspended: true, "cli:alice");

        Assert.True(disabled.Disabled);
        Assert.Equal(PasswordCheckOutcome.Disabled, (await check.CheckAsync(userName, Password, "clue-board")).Outcome);
        Assert.Equal(PasswordCheckOutcome.AgencySuspended, (await check.CheckAsync(suspendedUser, Password, "clue-board")).Outcome);
        Assert.Equal(PasswordCheckOutcome.Failed, (await check.CheckAsync(userName, "Wrong-password-1", "clue-board")).Outcome);
        Assert.Equal([], await store.Server.GetRequiredService<UserScopes>().EffectiveAsync(userName, null));
        Assert.Equal([], await store.Server.GetRequiredService<UserScopes>().EffectiveAsync(suspendedUser, null));
        Assert.Equal(
            [(AuditActions.UserCreated, "cli:alice", $"{{\"agency\":\"{agency}\",\"display_name\":\"Prosecutor {userName}\",\"generated_password\":false}}"),
             (AuditActions.UserDisabled, "cli:alice", "{}"),
             (AuditActions.SignInFailed, "clue-board", $"{{\"agency\":\"{agency}\",\"reason\":\"disabled\",\"failed_attempts\":0,\"locked_until\":null}}"),
             (AuditActions.SignInFailed, "clue-board", $"{{\"agency\":\"{agency}\",\"reason\":\"wrong_password\",\"failed_attempts\":1,\"locked_until\":null}}")],
            await store.AuditAsync(userName));
    }

    [Fact]
    public async Task Passwords_that_break_the_policy_are_refused_naming_the_rules_and_nothing_is_stored()
    {
        await using var store = await StoreAsync("postgres");
        var (agency, _) = await store.AgencyWithUserAsync();
        var accounts = store.Server.GetRequiredService<UserAccounts>();

        var refused = await Assert.ThrowsAsync<IdentityAdministrationException>(() => accounts.CreateAsync("short-pw", agency, null, "abc", "cli:alice"));
        var duplicate = await Assert.ThrowsAsync<IdentityAdministrationException>(() => accounts.CreateAsync("short-pw-2", agency, null, Password, "cli:alice")
            .ContinueWith(_ => accounts.CreateAsync("SHORT-PW-2", agency, null, Password, "cli:alice")).Unwrap());
        var badName = await Assert.ThrowsAsync<IdentityAdministrationException>(() => accounts.CreateAsync("张 三", agency, null, Password, "cli:alice"));
        var noAgency = await Assert.ThrowsAsync<IdentityAdministrationException>(() => accounts.CreateAsync("someone", "NO-SUCH-AGENCY", null, Password, "cli:alice"));

        Assert.Equal(AdministrationProblem.PasswordRejected, refused.Problem);
        Assert.Equal("PasswordTooShort PasswordRequiresDigit PasswordRequiresUpper PasswordRequiresUniqueChars", refused.Subject);
        Assert.Equal(
            "The password of user 'short-pw' breaks the password policy: Passwords must be at least 12 characters. (PasswordTooShort) " +
            "Passwords must have at least one digit ('0'-'9'). (PasswordRequiresDigit) Passwords must have at least one uppercase ('A'-'Z'). (PasswordRequiresUpper) " +
            "Passwords must use at least 4 different characters. (PasswordRequiresUniqueChars)",
            refused.Message);
        Assert.Equal((AdministrationProblem.DuplicateUser, "SHORT-PW-2"), (duplicate.Problem, duplicate.Subject));
        Assert.Equal((AdministrationProblem.InvalidUser, "张 三"), (badName.Problem, badName.Subject));
        Assert.Equal((AdministrationProblem.AgencyNotFound, "Agency 'NO-SUCH-AGENCY' does not exist."), (noAgency.Problem, noAgency.Message));
        await using var db = await store.DbAsync();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "short-pw"));
    }

    [Fact]
    public async Task A_generated_password_satisfies_the_policy_and_signs_in()
    {
        await using var store = await StoreAsync("sqlite");
        var (agency, _) = await store.AgencyWithUserAsync();

        var created = await store.Server.GetRequiredService<UserAccounts>().CreateAsync("generated-user", agency, null, password: null, "cli:alice");

        Assert.Equal(20, created.GeneratedPassword!.Length);
        Assert.Equal("generated-user", created.User.DisplayName);
        Assert.Equal(PasswordCheckOutcome.Succeeded,
            (await store.Server.GetRequiredService<PasswordCheck>().CheckAsync("generated-user", created.GeneratedPassword, "clue-board")).Outcome);
    }

    [Fact]
    public async Task A_user_may_have_at_most_the_scopes_its_agency_holds_through_its_clients()
    {
        await using var store = await StoreAsync("postgres");
        var (agency, userName) = await store.AgencyWithUserAsync();
        var admin = store.Server.GetRequiredService<IdentityAdministration>();
        await admin.CreateClientAsync(agency, "Case tool", ["clues.read"], "test");
        await admin.CreateClientAsync(agency, "Penalty reader", [IdentityTestServer.PenaltiesScope, "clues.read"], "test");
        var scopes = store.Server.GetRequiredService<UserScopes>();

        Assert.Equal(["penalties.read", "clues.read"], await scopes.EffectiveAsync(userName, ["penalties.read", "hub:admin", "clues.read", "penalties.read"]));
        Assert.Equal(["clues.read", "penalties.read"], await scopes.EffectiveAsync(userName.ToUpperInvariant(), null));
        Assert.Equal([], await scopes.EffectiveAsync(userName, ["hub:admin"]));
        Assert.Equal([], await scopes.EffectiveAsync("nobody", ["clues.read"]));
    }

    [Fact]
    public void Limiting_keeps_the_requested_order_drops_what_the_agency_lacks_and_repeats()
    {
        var held = new HashSet<string> { "clues.read", "persons.read" };

        Assert.Equal(["persons.read", "clues.read"], UserScopes.Limit(["persons.read", "models.run", "clues.read", "persons.read"], held));
        Assert.Equal(["clues.read", "persons.read"], UserScopes.Limit([], held));
        Assert.Equal([], UserScopes.Limit(["models.run"], held));
    }

    private async Task<UserStore> StoreAsync(string provider)
    {
        if (provider == "postgres")
        {
            return new UserStore(fixture.Server, ownsServer: false);
        }

        var file = Path.Combine(Directory.CreateTempSubdirectory("hub-users-sqlite-").FullName, "hub.db");
        var server = await IdentityTestServer.StartAsync("sqlite", $"Data Source={file}", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var admin = server.GetRequiredService<IdentityAdministration>();
        await admin.DefineScopeAsync("clues.read", "Read clues.", "test");
        await admin.DefineScopeAsync(IdentityTestServer.PenaltiesScope, "Read penalties.", "test");
        return new UserStore(server, ownsServer: true);
    }

    /// <summary>A server whose store the test adds agencies and users to (disposed with the test when it is the test's own).</summary>
    private sealed class UserStore(IdentityTestServer server, bool ownsServer) : IAsyncDisposable
    {
        public IdentityTestServer Server => server;

        /// <summary>A new agency with one user whose password is <see cref="Password"/>; returns their code and name.</summary>
        public async Task<(string Agency, string UserName)> AgencyWithUserAsync()
        {
            var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
            var agency = $"SPP-{suffix.ToUpperInvariant()}";
            await server.GetRequiredService<IdentityAdministration>().CreateAgencyAsync(agency, "检察院", "procuratorate", "430281", "test");
            var userName = $"prosecutor-{suffix}";
            await server.GetRequiredService<UserAccounts>().CreateAsync(userName, agency, $"Prosecutor {userName}", Password, "cli:alice");
            return (agency, userName);
        }

        public Task<IdentityDbContext> DbAsync() => server.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync();

        /// <summary>The audit records about <paramref name="subject"/>, oldest first.</summary>
        public async Task<List<(string Action, string Actor, string Detail)>> AuditAsync(string subject)
        {
            await using var db = await DbAsync();
            var records = await db.AuditRecords.AsNoTracking().Where(a => a.Subject == subject).OrderBy(a => a.Id).ToListAsync();
            return records.Select(a => (a.Action, a.Actor, a.Detail)).ToList();
        }

        public async ValueTask DisposeAsync()
        {
            if (ownsServer)
            {
                await server.DisposeAsync();
            }
        }
    }
}
