using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Data.Generation;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Hub.Server.Tests.SharedData;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Hub.Server.Tests.Supervision;

/// <summary>
/// One clue of every model as a reader (<c>clues.read</c>, nothing revealed) gets it through GraphQL after the models ran
/// through the mutation on generated data: title, summary, rules, legal basis and evidence, kept as a reviewed snapshot.
/// </summary>
public sealed class ClueSnapshotTests
{
    private const int Seed = 7070;

    private const string ClueFields = """
            nodes { modelId modelVersion subjectType subjectKey title summary ruleIds score priority responsibleDepartment status
              elements { specialCampaign } legalBasis { law article note } evidence { dataSet sourceAgency sourceRecordId ruleId matchedFields } }
        """;

    [Fact]
    public async Task One_clue_of_each_model_as_graphql_returns_it()
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres: false);
        var manifest = await ImportGeneratedAsync(server);
        var runner = await server.TokenAsync("models.run");
        var reader = await server.TokenAsync("clues.read");

        var clues = new JsonArray();
        foreach (var (modelId, expected) in manifest.Models)
        {
            var run = await server.QueryAsync(runner, $$"""mutation { runSupervisionModel(input: {modelId: "{{modelId}}", asOf: "{{manifest.AsOf:yyyy-MM-dd}}"}) { run { outcome } } }""");
            Assert.Equal("SUCCEEDED", run.GetProperty("data").GetProperty("runSupervisionModel").GetProperty("run").GetProperty("outcome").GetString());
            var subject = expected.Subjects.Order(StringComparer.Ordinal).First();
            var response = await server.QueryAsync(reader, $$"""{ clues(modelId: "{{modelId}}", subjectKey: "{{subject}}") { {{ClueFields}} } }""");
            var clue = JsonNode.Parse(Assert.Single(response.GetProperty("data").GetProperty("clues").GetProperty("nodes").EnumerateArray()).GetRawText())!.AsObject();
            var evidence = clue["evidence"]!.AsArray().OrderBy(e => $"{e!["dataSet"]}/{e["sourceAgency"]}/{e["sourceRecordId"]}/{e["ruleId"]}", StringComparer.Ordinal)
                .Select(e => e!.DeepClone()).ToArray();
            clue["evidence"] = new JsonArray(evidence);
            if (clue["subjectType"]!.GetValue<string>() == "PERSON")
            {
                Assert.DoesNotContain(subject, clue.ToJsonString(), StringComparison.Ordinal);
            }

            clues.Add(clue);
        }

        Snapshot.Match(clues.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static async Task<GroundTruth> ImportGeneratedAsync(SharedDataServer server)
    {
        var folder = Directory.CreateTempSubdirectory("hub-clue-snapshot-").FullName;
        var manifest = ScenarioGenerator.Generate(new GeneratorOptions(1, Seed, folder, BadRows: false));
        var importer = server.Services.GetRequiredService<HubDatabase>().CreateImporter();
        await using var rejects = new RejectReport(Path.Combine(folder, "rejects.csv"));
        foreach (var (dataSet, path) in DataFolder.Files(folder))
        {
            Assert.Equal(0, (await importer.ImportAsync(dataSet, path, rejects)).Rejected);
        }

        return manifest;
    }
}
