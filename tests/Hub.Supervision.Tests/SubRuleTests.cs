using Hub.Data.Hosting;
using Hub.Supervision.Running;
using Hub.Supervision.Store;
using Microsoft.EntityFrameworkCore;

namespace Hub.Supervision.Tests;

/// <summary>
/// Each sub-rule finds its own planted subjects on both providers: a model's precision and recall alone would not show
/// a sub-rule that finds nothing when another sub-rule of the model finds the same subjects.
/// </summary>
[Collection(GeneratedDataCollection.Name)]
public sealed class SubRuleTests(GeneratedDatabases databases)
{
    /// <summary>Sub-rule id and the subjects the scale-1 generator plants for it alone.</summary>
    private static readonly (string RuleId, int Subjects)[] s_plants =
    [
        ("M01-a2", 1),
        ("M01-a3", 1),
        ("M01-a4", 1),
        ("M01-b1", 1),
        ("M01-b2", 1),
        ("M01-b3", 1),
        ("M01-b4", 1),
        ("M02-b", 2),
        ("M04-b", 1),
        ("M04-c", 1),
        ("M06-c", 1),
        ("M06-d", 1),
        ("M07-household", 2),
        ("M10-b", 1),
        ("M10-order", 1),
        ("M11-R1", 2),
        ("M11-R2-penalty", 2), // R2's detentions are M11-a's evidence too; the converted penalty is R2's alone
        ("M11-R3", 2),
        ("M11-R4", 2),
        ("M12-c", 1),
        ("M13-R4", 1),
        ("M13-R6", 1),
        ("M13-R7", 1),
        ("M14-c", 2),
    ];

    public static TheoryData<string, int, DataProvider> Cases()
    {
        var cases = new TheoryData<string, int, DataProvider>();
        foreach (var (ruleId, subjects) in s_plants)
        {
            cases.Add(ruleId, subjects, DataProvider.Postgres);
            cases.Add(ruleId, subjects, DataProvider.Sqlite);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_sub_rule_finds_its_planted_subjects(string ruleId, int plantedSubjects, DataProvider provider)
    {
        var generated = databases[provider];
        var modelId = ruleId[..3];
        // A run on unchanged data adds nothing, so running the model again after ModelAccuracyTests is harmless.
        await new ModelRunner(generated.Database.Options).RunAsync(new RunRequest(modelId, generated.Manifest.AsOf, RunRequest.DefaultRegion, new Dictionary<string, string>(), "test"));

        await using var store = SupervisionContext.Create(generated.Database.Options);
        var subjects = await store.Clues.Where(c => c.ModelId == modelId && store.Evidence.Any(e => e.ClueId == c.Id && e.RuleId == ruleId))
            .Select(c => c.SubjectKey).ToListAsync();
        Assert.Equal(plantedSubjects, subjects.Count);
        Assert.Subset(generated.Manifest.Models[modelId].Subjects.ToHashSet(StringComparer.Ordinal), subjects.ToHashSet(StringComparer.Ordinal));
    }
}
