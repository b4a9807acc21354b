using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.Supervision.Catalogue;

namespace Hub.Server.Tests.Cli;

/// <summary><c>hub models …</c> as an operator runs them: the real executable on an embedded database of its own.</summary>
public sealed class ModelsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-cli-models-").FullName;

    [Fact]
    public async Task Generated_data_run_through_every_model_scores_100_percent_and_a_manifest_expecting_more_exits_1()
    {
        var generated = Path.Combine(_folder, "generated");
        Assert.Equal(0, (await HubAsync("data", "generate", "--scale", "1", "--seed", "7373", "--out", generated)).ExitCode);
        Assert.Equal(0, (await HubAsync("policies", "apply")).ExitCode); // the directory the import checks the rows' agencies against
        Assert.Equal(2, (await HubAsync("data", "import", generated)).ExitCode); // the generator plants rows to reject

        var run = await HubAsync("models", "run", "--all", "--as-of", "2025-06-30");
        var again = await HubAsync("models", "run", "--model", "M13", "--as-of", "2025-06-30");
        var evaluated = await HubAsync("models", "evaluate", "--manifest", Path.Combine(generated, "expected-clues.json"));
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(generated, "expected-clues.json")))!;
        var exported = await HubAsync("clues", "export", "--model", "M05", "--format", "csv", "--out", Path.Combine(_folder, "m05.csv"));
        var csv = await File.ReadAllLinesAsync(Path.Combine(_folder, "m05.csv"));
        var expected = manifest["models"]!["M05"]!;
        manifest["models"]!["M13"]!["subjects"]!.AsArray().Add("PM-9999999");
        var doctored = Path.Combine(_folder, "doctored.json");
        await File.WriteAllTextAsync(doctored, manifest.ToJsonString());
        var short1 = await HubAsync("models", "evaluate", "--manifest", doctored);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"│ M13 +│ [0-9a-f-]{36} │ 17 +│ 15 +│ 0 +│ 0 +│", run.Output);
        Assert.Matches(@"│ M13 +│ [0-9a-f-]{36} │ 17 +│ 0 +│ 0 +│ 15 +│", again.Output);
        Assert.True(evaluated.ExitCode == 0, evaluated.Output + evaluated.Error);
        Assert.Matches(@"│ M05 +│ 13 +│ 13 +│ 13 +│ 100\.0 % +│ 100\.0 % +│ 26 +│ 26 +│ 26 +│ 100\.0 % +│ 100\.0 % +│", evaluated.Output);
        // Every catalogued model (15 since M08, M10, M12, M14 and M15 joined) scores 100 % precision and recall.
        Assert.Equal(ModelCatalogue.All.Count, Regex.Matches(evaluated.Output, @"│ 100\.0 % +│ 100\.0 % +│ [\d,]+ +│ [\d,]+ +│ [\d,]+ +│ 100\.0 % +│ 100\.0 % +│").Count);
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.Equal($"Exported 13 clues to {Path.Combine(_folder, "m05.csv")}.", exported.Output.TrimEnd());
        Assert.Equal("clueNo,modelId,modelVersion,subjectType,subjectKey,period,status,jurisdictionRegionCode,responsibleDepartment,title,evidence", csv[0]);
        var rows = csv.Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(expected["subjects"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal), rows.Select(r => r[4]).Order(StringComparer.Ordinal));
        Assert.Equal(expected["records"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal), rows.SelectMany(r => r[10].Split(';')).Order(StringComparer.Ordinal));
        Assert.Equal(1, short1.ExitCode);
        Assert.Matches(@"│ M13 +│ 16 +│ 15 +│ 15 +│ 100\.0 % +│ 93\.8 % +│", short1.Output);
    }

    [Fact]
    public async Task An_unknown_model_or_parameter_and_a_bad_date_are_one_line_naming_them_and_exit_code_1()
    {
        var model = await HubAsync("models", "run", "--model", "M99");
        var parameter = await HubAsync("models", "run", "--model", "M13", "--param", "startPriceRatio=abc");
        var date = await HubAsync("models", "run", "--model", "M13", "--as-of", "2025-13-01");
        var neither = await HubAsync("models", "run");

        Assert.Equal((1, "hub: Unknown supervision model 'M99'; see `hub models list`."), (model.ExitCode, model.Error.TrimEnd()));
        Assert.Equal((1, "hub: Model M13, parameter 'startPriceRatio': 'abc' is not a decimal number."), (parameter.ExitCode, parameter.Error.TrimEnd()));
        Assert.Equal(1, date.ExitCode);
        Assert.Contains("--as-of '2025-13-01' is not a date (yyyy-MM-dd).", date.Error, StringComparison.Ordinal);
        Assert.Equal(1, neither.ExitCode);
        Assert.Contains("Give either --model ID or --all.", neither.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<(int ExitCode, string Output, string Error)> HubAsync(params string[] arguments) =>
        HubProcess.RunAsync(_folder, new Dictionary<string, string> { ["Hub__DataFolder"] = Path.Combine(_folder, "data") }, arguments);
}
