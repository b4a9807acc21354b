using Hub.Data.Hosting;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Commands;
using Hub.Supervision.Evaluation;
using Hub.Supervision.Running;
using Hub.Supervision.Store;
using Spectre.Console;

namespace Hub.Supervision.Tests;

/// <summary>
/// The whole catalogue on data of seeds the other tests do not use, at scale 1 and 5 on both providers: <c>hub models
/// evaluate</c> exits 0, every model scores 100 % for subjects and records, and no near-miss subject is a clue.
/// </summary>
public sealed class ManifestEvaluationTests
{
    [Theory]
    [InlineData(DataProvider.Postgres, 1, 6262)]
    [InlineData(DataProvider.Sqlite, 1, 6262)]
    [InlineData(DataProvider.Postgres, 5, 5151)]
    [InlineData(DataProvider.Sqlite, 5, 5151)]
    public async Task Every_model_has_full_precision_and_recall_for_subjects_and_records_and_finds_no_near_miss(DataProvider provider, int scale, int seed)
    {
        var generated = await GeneratedDatabase.CreateAsync(provider, scale, seed);
        var runner = new ModelRunner(generated.Database.Options);
        foreach (var model in ModelCatalogue.All)
        {
            await runner.RunAsync(new RunRequest(model.Id, generated.Manifest.AsOf, RunRequest.DefaultRegion, new Dictionary<string, string>(), "test"));
        }

        var manifestPath = Path.Combine(generated.Folder, "expected-clues.json");
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var exitCode = await ModelsEvaluateCommand.RunAsync(generated.Database, manifestPath, console);

        await using var store = SupervisionContext.Create(generated.Database.Options);
        var manifest = ManifestFile.Load(manifestPath);
        var scores = await ManifestEvaluation.EvaluateAsync(store, manifest);
        Assert.Equal(ModelCatalogue.All.Select(m => m.Id), scores.Select(s => s.ModelId));
        Assert.All(scores, s => Assert.True(s.Implemented && s.Perfect, $"{s.ModelId}: {s.Subjects} {s.Records}"));
        Assert.Equal(15 * scale, scores.Single(s => s.ModelId == "M13").Subjects.TruePositives);
        foreach (var (modelId, expected) in manifest.Models)
        {
            var (subjects, _) = await ManifestEvaluation.FoundAsync(store, modelId);
            Assert.NotEmpty(expected.NearMisses);
            Assert.Empty(subjects.Intersect(expected.NearMisses));
        }

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("not implemented", output.ToString());
    }
}
