using System.Text;
using System.Text.Json;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Store;

namespace Hub.Supervision.Commands;

/// <summary>
/// <c>hub clues export</c>: the operator's export of clues with full subject keys, one clue per line (CSV or JSON
/// Lines) with its evidence as <c>data_set/source_agency/source_record_id</c>. The caller audits it.
/// </summary>
public static class CluesExportCommand
{
    private static readonly string[] s_columns =
        ["clueNo", "modelId", "modelVersion", "subjectType", "subjectKey", "period", "status", "jurisdictionRegionCode", "responsibleDepartment", "title", "evidence"];

    /// <summary>Writes the clues (of one model and/or status when given) to <paramref name="path"/>; returns how many.</summary>
    public static async Task<int> RunAsync(SupervisionContext store, string? modelId, ClueStatus? status, bool jsonLines, string path, CancellationToken cancellationToken = default)
    {
        var clues = store.Clues.AsNoTracking().Include(c => c.Evidence).AsQueryable();
        if (modelId is not null)
        {
            var model = ModelCatalogue.Find(modelId).Id;
            clues = clues.Where(c => c.ModelId == model);
        }

        if (status is { } wanted)
        {
            clues = clues.Where(c => c.Status == wanted);
        }

        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (!jsonLines)
        {
            await writer.WriteLineAsync(string.Join(',', s_columns));
        }

        var count = 0;
        await foreach (var clue in clues.OrderBy(c => c.ClueNo).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var evidence = clue.Evidence.Select(e => e.Reference).Order(StringComparer.Ordinal).ToArray();
            object[] values = [clue.ClueNo, clue.ModelId, clue.ModelVersion, clue.SubjectType.ToString().ToUpperInvariant(), clue.SubjectKey, clue.Period,
                clue.Status.ToString().ToUpperInvariant(), clue.JurisdictionRegionCode, clue.ResponsibleDepartment, clue.Title, evidence];
            await writer.WriteLineAsync(jsonLines
                ? JsonSerializer.Serialize(s_columns.Zip(values).ToDictionary(p => p.First, p => p.Second), JsonOptions)
                : string.Join(',', values.Select(v => Csv(v is string[] list ? string.Join(';', list) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!))));
            count++;
        }

        return count;
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
