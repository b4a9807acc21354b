using Hub.Data.Hosting;
using Hub.Identity;
using Hub.Identity.Administration;
using Hub.Identity.Policies;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Server.Tests.Cli;

/// <summary>
/// <c>hub policies diff|export</c> as an operator runs them, on the database of a hub that applied the repository's
/// policy files at start-up: changes made from the command line show as differences with exit code 2, and an
/// export writes files that the loader accepts and that the database matches.
/// </summary>
public sealed class PoliciesCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-cli-policies-").FullName;

    private HubKestrelServer _hub = null!;

    public async Task InitializeAsync() => _hub = await HubKestrelServer.StartOnPostgresAsync("hub_cli_policies");

    [Fact]
    public async Task Diff_shows_what_apply_would_change_and_what_only_the_database_holds_and_export_writes_the_database_back()
    {
        var fresh = await HubAsync("policies", "diff");
        var added = await HubAsync("agency", "add", "--code", "TAX-430211", "--name", "天元区税务局", "--kind", "tax", "--region", "430211");
        var renamed = await HubAsync("agency", "update", "SPP-430200", "--name", "株洲市检察院", "--region", "430202");
        var changed = await HubAsync("policies", "diff");
        var exportFolder = Path.Combine(_folder, "exported");
        var exported = await HubAsync("policies", "export", "--output", exportFolder);
        var againstExport = await HubAsync("policies", "diff", "--folder", exportFolder);
        var help = await HubAsync("policies", "diff", "--help");

        Assert.Equal((0, "No differences: the database matches the policy files.\n"), (fresh.ExitCode, fresh.Output));
        Assert.True(added.ExitCode == 0 && renamed.ExitCode == 0, added.Error + renamed.Error);
        Assert.Equal(2, changed.ExitCode);
        Assert.Equal(
            "agency  SPP-430200           apply would update: name \"株洲市检察院\" → \"株洲市人民检察院\", region 430202 → 430200\n" +
            "agency  TAX-430211           only in the database (apply keeps it; export writes it): \"天元区税务局\", tax, region 430211\n" +
            "2 differences.\n", changed.Output);
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.Equal($"Wrote scopes.yaml and agencies.yaml to {exportFolder}.\n", exported.Output);
        Assert.Equal((0, "No differences: the database matches the policy files.\n"), (againstExport.ExitCode, againstExport.Output));
        Assert.Contains("Exit code 0: no differences; 2: differences were printed; 1: the files or the database could not be read.", help.Output, StringComparison.Ordinal);

        var repository = await PolicyLoader.LoadAsync(Path.Combine(Repository.Root, "policies"));
        var written = await PolicyLoader.LoadAsync(exportFolder);
        Assert.Equal(repository.Scopes.Select(Describe), written.Scopes.Select(Describe));
        Assert.Equal(
            repository.Agencies.Select(a => a.Code == "SPP-430200" ? a with { Name = "株洲市检察院", RegionCode = "430202" } : a)
                .Select(Describe).Append("TAX-430211 天元区税务局 tax 430211 []"),
            written.Agencies.Select(Describe));
    }

    [Fact]
    public async Task Export_lists_each_agencys_clients_without_a_secret_and_diff_compares_them_which_apply_leaves_alone()
    {
        var administration = _hub.Services.GetRequiredService<IdentityAdministration>();
        var desk = await administration.CreateClientAsync("SPP-430281", "醴陵 clue desk", ["models.run", "clues.read"], "test");
        var exportFolder = Path.Combine(_folder, "exported");
        var agenciesFile = Path.Combine(exportFolder, PolicySet.AgenciesFile);

        var unlisted = await HubAsync("policies", "diff");
        var exported = await HubAsync("policies", "export", "--output", exportFolder);
        var text = await File.ReadAllTextAsync(agenciesFile);
        var againstExport = await HubAsync("policies", "diff", "--folder", exportFolder);

        // The file lists a client the database lacks, and the database changes a listed client's scopes.
        const string PoliceScopes = "    scopes: [enforcement.read, clues.read, clues.feedback]\n";
        await File.WriteAllTextAsync(agenciesFile, text.Replace(PoliceScopes, PoliceScopes +
            "    clients:\n      - id: psb-430281-0000000000000000\n        name: 醴陵 dispatch\n        scopes: [enforcement.read]\n", StringComparison.Ordinal));
        await administration.RevokeScopeAsync(desk.ClientId, "models.run", "test");
        await administration.GrantScopeAsync(desk.ClientId, "lake.read", "test");
        var changed = await HubAsync("policies", "diff", "--folder", exportFolder);
        var applied = await HubAsync("policies", "apply", "--folder", exportFolder);
        var afterApply = await HubAsync("policies", "diff", "--folder", exportFolder);

        Assert.Equal((2, $"client  {desk.ClientId} only in the database (apply keeps it; export writes it): agency SPP-430281, \"醴陵 clue desk\", [clues.read, models.run]\n" +
            "1 differences.\n"), (unlisted.ExitCode, unlisted.Output));
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.Contains($"    clients:\n      - id: {desk.ClientId}\n        name: \"醴陵 clue desk\"\n        scopes: [clues.read, models.run]\n  - code: SPP-430200\n", text, StringComparison.Ordinal);
        Assert.Equal(1, text.Split('\n').Count(line => line == "    clients:"));
        Assert.DoesNotContain(desk.ClientSecret!, text, StringComparison.Ordinal);
        Assert.Equal((0, "No differences: the database matches the policy files.\n"), (againstExport.ExitCode, againstExport.Output));
        var expected =
            "client  psb-430281-0000000000000000 only in the files (apply cannot create a client: `hub client create`, then export): agency PSB-430281, \"醴陵 dispatch\", [enforcement.read]\n" +
            $"client  {desk.ClientId} differs (apply leaves clients: `hub client scope grant|revoke`, or export): scopes [clues.read, lake.read] → [clues.read, models.run]\n" +
            "2 differences.\n";
        Assert.Equal((2, expected), (changed.ExitCode, changed.Output));
        Assert.Equal((0, "Policies applied: 0 scopes and 0 agencies created or changed.\n"), (applied.ExitCode, applied.Output));
        Assert.Equal((2, expected), (afterApply.ExitCode, afterApply.Output));
        Assert.Equal([$"{desk.ClientId} 醴陵 clue desk clues.read,models.run", "psb-430281-0000000000000000 醴陵 dispatch enforcement.read"],
            (await PolicyLoader.LoadAsync(exportFolder)).Agencies.SelectMany(a => a.Clients).Select(c => $"{c.ClientId} {c.Name} {string.Join(',', c.Scopes)}"));
    }

    [Fact]
    public async Task A_region_missing_from_the_shipped_code_list_is_refused_by_validate_and_apply_naming_it_and_its_place()
    {
        var folder = Path.Combine(_folder, "typo");
        Directory.CreateDirectory(folder);
        File.Copy(Repository.File("policies", PolicySet.ScopesFile), Path.Combine(folder, PolicySet.ScopesFile));
        var agencies = await File.ReadAllTextAsync(Repository.File("policies", PolicySet.AgenciesFile));
        await File.WriteAllTextAsync(Path.Combine(folder, PolicySet.AgenciesFile), agencies.Replace("region: \"430200\"", "region: \"439900\"", StringComparison.Ordinal));
        var line = agencies[..agencies.IndexOf("  - code: SPP-430200", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var validated = await HubAsync("policies", "validate", "--folder", folder);
        var applied = await HubAsync("policies", "apply", "--folder", folder);

        var expected = $"{Path.Combine(folder, PolicySet.AgenciesFile)}:{line}:5: Region '439900' is not in the hub's GB/T 2260 list (src/Hub.Data/Keys/gb2260.csv).";
        Assert.Equal(1, validated.ExitCode);
        Assert.Contains(expected, validated.Error, StringComparison.Ordinal);
        Assert.Equal(1, applied.ExitCode);
        Assert.Contains(expected, applied.Error, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Describe(ScopeDefinition scope) =>
        $"{scope.Name} {scope.Description} {scope.RegionBound} " + string.Join(";", scope.Grants.Select(g => $"{g.TypeName}:{string.Join(',', g.Fields)}/{string.Join(',', g.Masked)}"));

    private static string Describe(AgencyDefinition agency) => $"{agency.Code} {agency.Name} {agency.Kind} {agency.RegionCode} [{string.Join(',', agency.Scopes)}]";

    private Task<(int ExitCode, string Output, string Error)> HubAsync(params string[] arguments) =>
        HubProcess.RunAsync(_folder, new Dictionary<string, string>
        {
            ["Hub__DataFolder"] = Path.Combine(_folder, "data"),
            ["Hub__Database__Provider"] = "PostgreSql",
            ["Hub__Database__ConnectionString"] = _hub.Services.GetRequiredService<IOptions<HubDataOptions>>().Value.ConnectionString!,
            ["Identity__KeyEncryptionKey"] = _hub.Services.GetRequiredService<IOptions<HubIdentityOptions>>().Value.KeyEncryptionKey!,
        }, arguments);
}
