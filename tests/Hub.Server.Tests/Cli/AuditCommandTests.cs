using System.Text.Json;
using Hub.Data.Hosting;
using Hub.Identity;
using Hub.Server.Tests.SharedData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Server.Tests.Cli;

/// <summary>
/// <c>hub audit</c> as an operator runs it, on the database of a hub that served reads over HTTP: who looked at a
/// person (matched by the keyed hash), filters, JSON and CSV, and the operator recorded for CLI changes.
/// </summary>
public sealed class AuditCommandTests(SharedDataFixture fixture) : IClassFixture<SharedDataFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-cli-audit-").FullName;

    [Fact]
    public async Task Who_looked_at_a_person_is_found_by_their_identity_number_though_the_trail_holds_only_its_hash()
    {
        var reason = $"{Guid.NewGuid()} audit command";
        var reader = await fixture.Server.ClientAsync([.. SharedDataFixture.ReadScopes.Split(' '), "persons.reveal"]);
        await fixture.Server.QueryAsync(reader.Token, $$"""{ person(idNumber: "{{SharedDataRows.PersonId}}", reason: "{{reason}}") { idNumber } }""");
        await fixture.Server.QueryAsync(reader.Token, $$"""{ person(idNumber: "{{SharedDataRows.OtherPersonId}}", reason: "{{reason}}") { sex } }""");

        var found = await HubAsync("audit", "--person", SharedDataRows.PersonId, "--client", reader.ClientId, "--json");

        Assert.True(found.ExitCode == 0, found.Error);
        var record = Assert.Single(JsonDocument.Parse(found.Output).RootElement.EnumerateArray());
        Assert.Equal(("data.reveal", reader.ClientId, "Query.person"),
            (record.GetProperty("action").GetString(), record.GetProperty("actor").GetString(), record.GetProperty("subject").GetString()));
        Assert.Equal(reason, record.GetProperty("detail").GetProperty("reason").GetString());
        Assert.DoesNotContain(SharedDataRows.PersonId, found.Output, StringComparison.Ordinal);

        var csv = Path.Combine(_folder, "reads.csv");
        var exported = await HubAsync("audit", "--client", reader.ClientId, "--agency", SharedDataRows.AgencyCode, "--action", "data.read", "--csv", csv);
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.Equal($"Wrote 1 audit records to {csv}.", exported.Output.Trim());
        var lines = await File.ReadAllLinesAsync(csv);
        Assert.Equal("id,occurred_at,action,actor,subject,detail", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains($",data.read,{reader.ClientId},Query.person,\"{{\"\"agency\"\":\"\"{SharedDataRows.AgencyCode}\"\"", lines[1], StringComparison.Ordinal);

        var notANumber = await HubAsync("audit", "--person", "12345");
        Assert.Equal(1, notANumber.ExitCode);
        Assert.StartsWith("The person \"12345\" is not a valid citizen identity number (GB 11643): ", notANumber.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_from_the_command_line_record_the_operator()
    {
        var code = "TEST-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("yyyy-MM-ddTHH:mm:ssZ");
        var added = await HubAsync("agency", "add", "--code", code, "--name", "Test bureau", "--kind", "public-security", "--region", "430281", "--operator", "alice");
        var suspended = await HubAsync("agency", "suspend", code);
        var after = DateTimeOffset.UtcNow.AddSeconds(1).ToString("yyyy-MM-ddTHH:mm:ssZ");

        Assert.True(added.ExitCode == 0 && suspended.ExitCode == 0, added.Error + suspended.Error);
        var records = JsonDocument.Parse((await HubAsync("audit", "--agency", code, "--json")).Output).RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("action").GetString(), r.GetProperty("actor").GetString())).ToList();
        Assert.Equal([("agency.suspended", "cli:" + Environment.UserName), ("agency.created", "cli:alice")], records);

        // The time range: the two changes lie in [before, after), none before `before` or from `after` on.
        Assert.Equal(2, JsonDocument.Parse((await HubAsync("audit", "--agency", code, "--from", before, "--to", after, "--json")).Output).RootElement.GetArrayLength());
        Assert.Equal("[]", (await HubAsync("audit", "--agency", code, "--to", before, "--json")).Output.Trim());
        Assert.Equal("[]", (await HubAsync("audit", "--agency", code, "--from", after, "--json")).Output.Trim());

        // Without --json, a table with one row per record.
        var table = await HubAsync("audit", "--agency", code, "--action", "agency.created");
        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Contains("Time (UTC)", table.Output, StringComparison.Ordinal);
        Assert.Single(table.Output.Split('\n'), line => line.Contains("agency.created", StringComparison.Ordinal) && line.Contains("cli:alice", StringComparison.Ordinal));
        Assert.DoesNotContain("agency.suspended", table.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<(int ExitCode, string Output, string Error)> HubAsync(params string[] arguments)
    {
        var services = fixture.Server.Services;
        return HubProcess.RunAsync(_folder, new Dictionary<string, string>
        {
            ["Hub__DataFolder"] = Path.Combine(_folder, "data"),
            ["Hub__Database__Provider"] = "PostgreSql",
            ["Hub__Database__ConnectionString"] = services.GetRequiredService<IOptions<HubDataOptions>>().Value.ConnectionString!,
            ["Identity__KeyEncryptionKey"] = services.GetRequiredService<IOptions<HubIdentityOptions>>().Value.KeyEncryptionKey!,
        }, arguments);
    }
}
