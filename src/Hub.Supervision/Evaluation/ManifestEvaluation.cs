using Hub.Data.Generation;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Store;

namespace Hub.Supervision.Evaluation;

/// <summary>Scores the stored clues against a generator manifest (<c>expected-clues.json</c>), model by model.</summary>
public static class ManifestEvaluation
{
    /// <summary>The clues' subject keys and evidence references of one model, from the store.</summary>
    public static async Task<(HashSet<string> Subjects, HashSet<string> Records)> FoundAsync(SupervisionContext store, string modelId,
        CancellationToken cancellationToken = default)
    {
        var subjects = await store.Clues.Where(c => c.ModelId == modelId).Select(c => c.SubjectKey).ToListAsync(cancellationToken);
        var records = await store.Evidence.Where(e => store.Clues.Any(c => c.Id == e.ClueId && c.ModelId == modelId))
            .Select(e => new { e.DataSet, e.SourceAgency, e.SourceRecordId })
            .ToListAsync(cancellationToken);
        return (subjects.ToHashSet(StringComparer.Ordinal), records.Select(r => $"{r.DataSet}/{r.SourceAgency}/{r.SourceRecordId}").ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>One score per model the manifest names, in id order; a model the catalogue lacks finds nothing.</summary>
    public static async Task<IReadOnlyList<ModelScore>> EvaluateAsync(SupervisionContext store, GroundTruth manifest, CancellationToken cancellationToken = default)
    {
        var scores = new List<ModelScore>();
        foreach (var (modelId, expected) in manifest.Models)
        {
            var (subjects, records) = await FoundAsync(store, modelId, cancellationToken);
            scores.Add(new ModelScore(modelId, ModelCatalogue.All.Any(m => m.Id == modelId),
                SetScore.Of(expected.Subjects.ToHashSet(StringComparer.Ordinal), subjects),
                SetScore.Of(expected.Records.ToHashSet(StringComparer.Ordinal), records)));
        }

        return scores;
    }
}
