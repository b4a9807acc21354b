namespace Hub.Supervision.Evaluation;

/// <summary>How a model's stored clues compare with a manifest's expected clues, for subjects and for evidence records.</summary>
/// <param name="ModelId">The model.</param>
/// <param name="Implemented">Whether the catalogue has the model at all.</param>
/// <param name="Subjects">Subject keys: expected, found, both.</param>
/// <param name="Records">Evidence records (<c>data_set/source_agency/source_record_id</c>): expected, found, both.</param>
public sealed record ModelScore(string ModelId, bool Implemented, SetScore Subjects, SetScore Records)
{
    /// <summary>Every precision and recall is 1.</summary>
    public bool Perfect => Subjects.Perfect && Records.Perfect;
}

/// <summary>Expected and found counts of one kind of item, with the overlap.</summary>
public sealed record SetScore(int Expected, int Found, int TruePositives)
{
    /// <summary>Share of found items that were expected (1 when nothing was found and nothing expected).</summary>
    public double Precision => Found == 0 ? (Expected == 0 ? 1 : 0) : (double)TruePositives / Found;

    /// <summary>Share of expected items that were found (1 when nothing was expected).</summary>
    public double Recall => Expected == 0 ? 1 : (double)TruePositives / Expected;

    /// <summary>Precision and recall are both 1.</summary>
    public bool Perfect => TruePositives == Expected && TruePositives == Found;

    /// <summary>Compares two sets.</summary>
    public static SetScore Of(IReadOnlyCollection<string> expected, IReadOnlyCollection<string> found) =>
        new(expected.Count, found.Count, found.Count(expected.Contains));
}
