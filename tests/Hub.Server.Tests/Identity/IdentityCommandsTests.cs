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

    [Fact]
    public async Task Agency_and_client_list_and_show_print_the_directory_without_secrets()
    {
        Assert.Equal(0, (await HubAsync("policies", "apply")).ExitCode);
        Assert.Equal(0, (await HubAsync("agency", "add", "--code", "LIST-430281", "--name", "列表测试机关", "--kind", "court", "--region", "430281")).ExitCode);
        var created = await HubAsync("client", "create", "--agency", "LIST-430281", "--scope", "clues.read", "--scope", "clues.feedback", "--name", "list client", "--json");
        var clientId = JsonDocument.Parse(created.Output).RootElement.GetProperty("client_id").GetString()!;
        Assert.Equal(0, (await HubAsync("client", "secret", "rotate", clientId, "--overlap", "00:05:00")).ExitCode);

        var agencies = JsonDocument.Parse((await HubAsync("agency", "list", "--json")).Output).RootElement;
        var listed = Assert.Single(agencies.EnumerateArray(), a => a.GetProperty("code").GetString() == "LIST-430281");
        Assert.Equal(("列表测试机关", "court", "430281", false, 1),
            (listed.GetProperty("name").GetString(), listed.GetProperty("kind").GetString(), listed.GetProperty("region").GetString(),
                listed.GetProperty("suspended").GetBoolean(), listed.GetProperty("clients").GetInt32()));

        var shown = await HubAsync("agency", "show", "LIST-430281", "--json");
        var client = Assert.Single(JsonDocument.Parse(shown.Output).RootElement.GetProperty("clients").EnumerateArray());
        Assert.Equal((clientId, "list client", "clues.feedback clues.read", "client_secret", 2),
            (client.GetProperty("clientId").GetString(), client.GetProperty("displayName").GetString(),
                string.Join(' ', client.GetProperty("scopes").EnumerateArray().Select(e => e.GetString())),
                client.GetProperty("authentication").GetString(), client.GetProperty("liveSecrets").GetInt32()));
        Assert.NotEqual(JsonValueKind.Null, client.GetProperty("nextSecretExpiry").ValueKind);

        var byAgency = JsonDocument.Parse((await HubAsync("client", "list", "--agency", "LIST-430281", "--json")).Output).RootElement;
        Assert.Equal([clientId], byAgency.EnumerateArray().Select(c => c.GetProperty("clientId").GetString()));
        var one = await HubAsync("client", "show", clientId);
        Assert.True(one.ExitCode == 0, one.Error);
        Assert.Contains("list client", one.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", shown.Output + one.Output, StringComparison.OrdinalIgnoreCase);

        var unknownAgency = await HubAsync("agency", "show", "NOPE-430281");
        var unknownClient = await HubAsync("client", "show", "nope");
        Assert.Equal((1, "Agency 'NOPE-430281' does not exist."), (unknownAgency.ExitCode, unknownAgency.Error.Trim()));
        Assert.Equal((1, "Client 'nope' does not exist."), (unknownClient.ExitCode, unknownClient.Error.Trim()));
    }

    [Fact]
    public async Task Client_disable_and_enable_are_shown_by_list_show_and_policies_export_and_audited_with_the_operator()
    {
        Assert.Equal(0, (await HubAsync("policies", "apply")).ExitCode);
        Assert.Equal(0, (await HubAsync("agency", "add", "--code", "OFF-430281", "--name", "停用测试机关", "--kind", "court", "--region", "430281")).ExitCode);
        var created = await HubAsync("client", "create", "--agency", "OFF-430281", "--scope", "clues.read", "--json");
        var clientId = JsonDocument.Parse(created.Output).RootElement.GetProperty("client_id").GetString()!;

        var disabled = await HubAsync("client", "disable", clientId, "--operator", "alice");
        var listed = JsonDocument.Parse((await HubAsync("client", "list", "--agency", "OFF-430281", "--json")).Output).RootElement;
        var exportFolder = Directory.CreateDirectory(Path.Combine(_dataFolder, "export")).FullName;
        var exported = await HubAsync("policies", "export", "--output", exportFolder);
        var enabled = await HubAsync("client", "enable", clientId);
        var shown = JsonDocument.Parse((await HubAsync("client", "show", clientId, "--json")).Output).RootElement;
        var audit = JsonDocument.Parse((await HubAsync("audit", "--json")).Output).RootElement.EnumerateArray()
            .Where(r => r.GetProperty("subject").GetString() == clientId)
            .Select(r => (r.GetProperty("action").GetString(), r.GetProperty("actor").GetString())).ToList();

        Assert.Equal((0, $"Client {clientId} disabled; 0 live token(s) revoked."), (disabled.ExitCode, disabled.Output.Trim()));
        Assert.True(Assert.Single(listed.EnumerateArray()).GetProperty("disabled").GetBoolean());
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.Contains(
            $"      - id: {clientId}\n        name: \"OFF-430281 client\"\n        # disabled (apply does not disable or enable: use `hub client disable|enable`)\n",
            (await File.ReadAllTextAsync(Path.Combine(exportFolder, "agencies.yaml"))).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal((0, $"Client {clientId} enabled."), (enabled.ExitCode, enabled.Output.Trim()));
        Assert.False(shown.GetProperty("disabled").GetBoolean());
        Assert.Equal([("client.enabled", "cli:" + Environment.UserName), ("client.disabled", "cli:alice"), ("client.created", "cli:" + Environment.UserName)], audit);
    }

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    private Task<(int ExitCode, string Output, string Error)> HubAsync(params string[] arguments) =>
        HubProcess.RunAsync(AppContext.BaseDirectory, new Dictionary<string, string>
        {
            ["Hub__DataFolder"] = _dataFolder,
            ["Identity__PoliciesFolder"] = Repository.File("policies"),
        }, arguments);
}
