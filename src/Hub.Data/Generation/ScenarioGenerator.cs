using System.Diagnostics;
using Hub.Data.Import;
using Microsoft.Data.Sqlite;

namespace Hub.Data.Generation;

/// <summary>
/// Writes a folder of synthetic data in an import format, one CSV or JSON Lines file per data set, plus <c>expected-clues.json</c>.
/// Everything derives from the seed, so the same seed gives byte-identical files.
/// </summary>
public static class ScenarioGenerator
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "expected-clues.json";

    /// <summary>Generates the data; returns the ground truth that was also written to the folder.</summary>
    public static GroundTruth Generate(GeneratorOptions options)
    {
        if (options.Scale < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"--scale must be at least 1 (got {options.Scale}).");
        }

        Directory.CreateDirectory(options.OutputFolder);
        var dataSets = DataSets();
        using var g = new GenerationContext(options, dataSets);
        ReferenceAndLakeData.Generate(g);
        NonProsecutionScenario.Generate(g);
        StaffScenario.Generate(g, NonProsecutionScenario.Count(g.Scale) + DrugRehabScenario.Convictions(g.Scale)
            + LimitationScenario.Count(g.Scale) + SoughtSentenceScenario.Convictions(g.Scale));
        PenaltyScenario.Generate(g);
        TransferScenario.Generate(g);
        EnvironmentTaxScenario.Generate(g);
        CorrectionScenario.Generate(g);
        AssistanceScenario.Generate(g);
        DetentionScenario.Generate(g);
        AuctionScenario.Generate(g);
        if (options.BadRows)
        {
            BadRowPlanter.Plant(g);
        }

        // Last, so the rows of every scenario above stay what they were before these existed.
        KeywordScenario.Generate(g);
        SchoolFoodScenario.Generate(g);
        DomesticViolenceScenario.Generate(g);
        DrugRehabScenario.Generate(g);
        WageArrearsScenario.Generate(g);
        BenefitScenario.Generate(g);
        PollutionCrimeScenario.Generate(g);
        TheftSubRuleScenario.Generate(g);
        FutileAuctionScenario.Generate(g);
        DetentionTermScenario.Generate(g);
        CorrectionNoticeScenario.Generate(g);
        CorrectionRevocationScenario.Generate(g);
        ReferenceAndLakeData.PollutionThresholds(g);
        LimitationScenario.Generate(g);
        VulnerableWorkerScenario.Generate(g);
        ConvertedDetentionScenario.Generate(g);
        SoughtSentenceScenario.Generate(g);
        PermitTaxScenario.Generate(g);
        HarassmentScenario.Generate(g);
        RefusedTransferScenario.Generate(g);
        DetentionCreditScenario.Generate(g);
        HouseholdAssistanceScenario.Generate(g);
        ProtectionOrderScenario.Generate(g);
        EnforcementAuctionScenario.Generate(g);

        g.Dispose();
        g.Truth.Save(Path.Combine(options.OutputFolder, ManifestFile));
        return g.Truth;
    }

    /// <summary>Runs <c>hub data generate</c>: generates and prints what was written.</summary>
    internal static int Run(GeneratorOptions options, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        var truth = Generate(options);
        var csv = options.Format == DataFileFormat.Csv;
        var files = Directory.GetFiles(options.OutputFolder, csv ? "*.csv" : "*.jsonl");
        var rows = files.Sum(f => File.ReadLines(f).LongCount() - (csv ? 1 : 0));
        output.WriteLine($"Generated {rows:N0} rows in {files.Length} files under {options.OutputFolder} in {watch.Elapsed.TotalSeconds:F1} s " +
                         $"(scale {options.Scale}, seed {options.Seed}); {truth.BadRows.Count} deliberately bad rows; manifest {ManifestFile}.");
        return 0;
    }

    private static IReadOnlyList<DataSetDescriptor> DataSets()
    {
        // The model alone is needed, not a database: an in-memory SQLite connection string is never opened.
        using var context = new HubDataContext(new DbContextOptionsBuilder<HubDataContext>().UseSqlite(new SqliteConnection("Data Source=:memory:")).Options);
        return HubDataContext.DataSetTypes.Select(t => DataSetDescriptor.Create(context.Model.FindEntityType(t)!)).ToArray();
    }
}
