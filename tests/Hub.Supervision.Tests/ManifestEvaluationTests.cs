using Hub.Data.Hosting;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Evaluation;
using Hub.Supervision.Running;
using Hub.Supervision.Store;

namespace Hub.Supervision.Tests;

/// <summary>The whole catalogue on data of seeds the other tests do not use, at scale 1 and 5: every model scores 100 %.</summary>
public sealed class ManifestEvaluationTests
{
    [Theory]
    [InlineData(DataProvider.Sqlite, 1, 6262)]
    [InlineData(DataProvider.Postgres, 5, 5151)]
    public async Task Every_model_has_full_precision_and_recall_for_subjects_and_records(DataProvider provider, int scale, int seed)
    {
        var generated = await GeneratedDatabase.CreateAsync(provider, scale, seed);
        var runner = new ModelRunner(generated.Database.Options);
        foreach (var model in ModelCatalogue.All)
        {
            await runner.RunAsync(new RunRequest(model.Id, generated.Manifest.AsOf, RunRequest.DefaultRegion, new Dictionary<string, string>(), "test"));
        }

        await using var store = SupervisionContext.Create(generated.Database.Options);
        var scores = await ManifestEvaluation.EvaluateAsync(store, ManifestFile.Load(Path.Combine(generated.Folder, "expected-clues.json")));

        var implemented = scores.Where(s => s.Implemented).ToArray();
        Assert.Equal(ModelCatalogue.All.Select(m => m.Id), implemented.Select(s => s.ModelId));
        Assert.All(implemented, s => Assert.True(s.Perfect, $"{s.ModelId}: {s.Subjects} {s.Records}"));
        Assert.Equal(12 * scale, implemented.Single(s => s.ModelId == "M13").Subjects.TruePositives);
    }
}
