using Hub.Data.Hosting;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Evaluation;
using Hub.Supervision.Running;
using Hub.Supervision.Store;

namespace Hub.Supervision.Tests;

/// <summary>Each model, run on generated data on both providers, finds exactly the planted subjects and evidence records.</summary>
[Collection(GeneratedDataCollection.Name)]
public sealed class ModelAccuracyTests(GeneratedDatabases databases)
{
    public static TheoryData<string, DataProvider> Cases()
    {
        var cases = new TheoryData<string, DataProvider>();
        foreach (var model in ModelCatalogue.All.Select(m => m.Id))
        {
            cases.Add(model, DataProvider.Postgres);
            cases.Add(model, DataProvider.Sqlite);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_model_finds_exactly_the_planted_subjects_and_records_and_no_near_miss(string modelId, DataProvider provider)
    {
        var generated = databases[provider];
        var runner = new ModelRunner(generated.Database.Options);

        var run = await runner.RunAsync(new RunRequest(modelId, generated.Manifest.AsOf, RunRequest.DefaultRegion, new Dictionary<string, string>(), "test"));

        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        await using var store = SupervisionContext.Create(generated.Database.Options);
        var (subjects, records) = await ManifestEvaluation.FoundAsync(store, modelId);
        var expected = generated.Manifest.Models[modelId];
        Assert.NotEmpty(expected.Subjects);
        Assert.NotEmpty(expected.NearMisses);
        Assert.Empty(subjects.Intersect(expected.NearMisses));
        Assert.Equal(expected.Subjects.Order(StringComparer.Ordinal), subjects.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Records.Order(StringComparer.Ordinal), records.Order(StringComparer.Ordinal));
    }
}
