using System.Globalization;
using Hub.Data.Hosting;
using Hub.Supervision.Evaluation;
using Hub.Supervision.Store;
using Spectre.Console;

namespace Hub.Supervision.Commands;

/// <summary><c>hub models evaluate --manifest expected-clues.json</c>: scores the stored clues against a generator manifest.</summary>
public static class ModelsEvaluateCommand
{
    /// <summary>Prints one row per model in the manifest; returns 0 when every precision and recall is 100 %, else 1.</summary>
    public static async Task<int> RunAsync(HubDatabase database, string manifestPath, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        var manifest = ManifestFile.Load(manifestPath);
        await database.MigrateAsync(cancellationToken);
        await using var store = SupervisionContext.Create(database.Options);
        var scores = await ManifestEvaluation.EvaluateAsync(store, manifest, cancellationToken);
        var table = new Table().AddColumns("model", "subjects expected", "found", "true positives", "precision", "recall",
            "records expected", "found", "true positives", "precision", "recall");
        foreach (var score in scores)
        {
            var (s, r) = (score.Subjects, score.Records);
            table.AddRow(score.Implemented ? score.ModelId : $"{score.ModelId} (not implemented)",
                N(s.Expected), N(s.Found), N(s.TruePositives), P(s.Precision), P(s.Recall),
                N(r.Expected), N(r.Found), N(r.TruePositives), P(r.Precision), P(r.Recall));
        }

        console.Write(table);
        return scores.All(s => s.Perfect) ? 0 : 1;
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string P(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
}
