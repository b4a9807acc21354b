using System.Text.Json;
using Hub.Server.Tests.Cli;
using Hub.Testing;

namespace Hub.Server.Tests.Identity;

/// <summary>
/// <c>hub user …</c> of the real executable on an embedded store of its own: a password from standard input or
/// generated and printed once, never echoed; policy errors naming the rule; disable and reset; list and show; the
/// operator in the audit trail.
/// </summary>
public sealed class UserCommandsTests : IDisposable
{
    private const string Password = "Stdin-password-42x";
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("hub-cli-users-").FullName;

    [Fact]
    public async Task Users_are_added_disabled_reset_listed_and_shown_and_passwords_are_never_echoed()
    {
        Assert.Equal(0, (await HubAsync("policies", "apply")).ExitCode);

        var added = await HubWithInputAsync(Password + "\n", "user", "add", "zhang.jc", "--agency", "SPP-430281", "--name", "Zhang JC", "--password-stdin", "--operator", "alice");
        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Equal("User zhang.jc of SPP-430281 created.", added.Output.Trim());
        Assert.DoesNotContain(Password, added.Output + added.Error, StringComparison.Ordinal);

        var generated = await HubAsync("user", "add", "li.staff", "--agency", "PSB-430281", "--json");
        Assert.True(generated.ExitCode == 0, generated.Error);
        var created = JsonDocument.Parse(generated.Output).RootElement;
        Assert.Equal(("li.staff", "PSB-430281", 20),
            (created.GetProperty("user_name").GetString(), created.GetProperty("agency").GetString(), created.GetProperty("password").GetString()!.Length));

        var weak = await HubWithInputAsync("short\n", "user", "add", "weak.user", "--agency", "SPP-430281", "--password-stdin");
        Assert.Equal(1, weak.ExitCode);
        Assert.Equal("The password of user 'weak.user' breaks the password policy: Passwords must be at least 12 characters. (PasswordTooShort) " +
            "Passwords must have at least one digit ('0'-'9'). (PasswordRequiresDigit) Passwords must have at least one uppercase ('A'-'Z'). (PasswordRequiresUpper)",
            weak.Error.Trim());
        Assert.DoesNotContain("short", weak.Output, StringComparison.Ordinal);

        Assert.Equal("User zhang.jc disabled.", (await HubAsync("user", "disable", "zhang.jc", "--operator", "alice")).Output.Trim());
        var reset = await HubAsync("user", "reset-password", "li.staff");
        Assert.True(reset.ExitCode == 0, reset.Error);
        Assert.Matches(@"^Password of li\.staff reset\.\npassword: \S{20}   \(generated, shown once; stored hashed\)$", reset.Output.Trim());

        var listed = JsonDocument.Parse((await HubAsync("user", "list", "--agency", "SPP-430281", "--json")).Output).RootElement;
        var zhang = Assert.Single(listed.EnumerateArray());
        Assert.Equal(("zhang.jc", "Zhang JC", "SPP-430281", true, 0),
            (zhang.GetProperty("userName").GetString(), zhang.GetProperty("displayName").GetString(), zhang.GetProperty("agency").GetString(),
                zhang.GetProperty("disabled").GetBoolean(), zhang.GetProperty("failedAttempts").GetInt32()));
        Assert.DoesNotContain("hash", listed.ToString(), StringComparison.OrdinalIgnoreCase);

        var table = await HubAsync("user", "show", "LI.STAFF");
        Assert.Matches(@"│ li\.staff +│ li\.staff +│ PSB-430281 +│ no +│  +│ 0 +│ 20\d\d-\d\d-\d\d \d\d:\d\d +│", table.Output);

        var unknown = await HubAsync("user", "disable", "nobody");
        Assert.Equal((1, "User 'nobody' does not exist."), (unknown.ExitCode, unknown.Error.Trim()));

        var audit = JsonDocument.Parse((await HubAsync("audit", "--action", "user.disabled", "--json")).Output).RootElement;
        var record = Assert.Single(audit.EnumerateArray());
        Assert.Equal(("cli:alice", "zhang.jc"), (record.GetProperty("actor").GetString(), record.GetProperty("subject").GetString()));
    }

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    private Dictionary<string, string> Environment => new()
    {
        ["Hub__DataFolder"] = _dataFolder,
        ["Identity__PoliciesFolder"] = Repository.File("policies"),
    };

    private Task<(int ExitCode, string Output, string Error)> HubAsync(params string[] arguments) =>
        HubProcess.RunAsync(AppContext.BaseDirectory, Environment, arguments);

    private Task<(int ExitCode, string Output, string Error)> HubWithInputAsync(string input, params string[] arguments) =>
        HubProcess.RunWithInputAsync(AppContext.BaseDirectory, Environment, input, arguments);
}
