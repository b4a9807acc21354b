using System.Text.Json;
using Hub.Server.Tests.Cli;
using Hub.Testing;

namespace Hub.Server.Tests.Identity;

/// <summary>The identity commands of the real <c>hub</c> executable on an embedded store of its own.</summary>
public sealed class IdentityCommandsTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("hub-cli-identity-").FullName;

    [Fact]
    public async Task Agency_add_client_create_json_secret_rotate_and_policies_apply_work_end_to_end()
    {
        var applied = await HubAsync("policies", "apply");
        Assert.True(applied.ExitCode == 0, applied.Error);
        Assert.DoesNotContain("0 scopes and 0 agencies", applied.Output);

        var added = await HubAsync("agency", "add", "--code", "CLI-330700", "--name", "CLI agency", "--kind", "court", "--region", "330700");
        Assert.True(added.ExitCode == 0, added.Error);

        var created = await HubAsync("client", "create", "--agency", "CLI-330700", "--scope", "clues.read", "--json");
        Assert.True(created.ExitCode == 0, created.Error);
        var client = JsonDocument.Parse(created.Output).RootElement;
        var clientId = client.GetProperty("client_id").GetString()!;
        Assert.StartsWith("cli-330700-", clientId);
        Assert.True(client.GetProperty("client_secret").GetString()!.Length >= 43);

        var rotated = await HubAsync("client", "secret", "rotate", clientId, "--overlap", "00:05:00", "--json");
        Assert.Equal(0, rotated.ExitCode);
        Assert.NotEqual(client.GetProperty("client_secret").GetString(), JsonDocument.Parse(rotated.Output).RootElement.GetProperty("client_secret").GetString());

        var duplicate = await HubAsync("agency", "add", "--code", "CLI-330700", "--name", "Again", "--kind", "court", "--region", "330700");
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("Agency 'CLI-330700' already exists.", duplicate.Error);

        var unknownScope = await HubAsync("client", "scope", "grant", clientId, "no.such.scope");
        Assert.Equal(1, unknownScope.ExitCode);
        Assert.Contains("Unknown scope(s): no.such.scope", unknownScope.Error);

        Assert.Contains("0 scopes and 0 agencies created or changed", (await HubAsync("policies", "apply")).Output);
    }

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    private Task<(int ExitCode, string Output, string Error)> HubAsync(params string[] arguments) =>
        HubProcess.RunAsync(AppContext.BaseDirectory, new Dictionary<string, string>
        {
            ["Hub__DataFolder"] = _dataFolder,
            ["Identity__PoliciesFolder"] = Repository.File("policies"),
        }, arguments);
}
