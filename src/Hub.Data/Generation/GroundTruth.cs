using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.Data.Generation;

/// <summary>
/// The manifest <c>expected-clues.json</c>: per model, exactly the subject keys and source records a correct model
/// returns; the seed figures; and every deliberately bad row with its file, line and reason.
/// </summary>
public sealed class GroundTruth
{
    /// <summary>Generation seed.</summary>
    public int Seed { get; init; }

    /// <summary>Volume multiplier.</summary>
    public int Scale { get; init; }

    /// <summary>The "current date" the models are evaluated at.</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>Model parameters the planted clues assume (thresholds, windows).</summary>
    public SortedDictionary<string, decimal> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Named counts of the seed documents' scenarios (8,168 × 13,565 → 59 → 13 → 6 …).</summary>
    public SortedDictionary<string, decimal> Figures { get; } = new(StringComparer.Ordinal);

    /// <summary>Expected clues per model id.</summary>
    public SortedDictionary<string, ExpectedClues> Models { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows planted to be rejected.</summary>
    public List<BadRow> BadRows { get; } = [];

    /// <summary>The clue set of a model, created on first use.</summary>
    public ExpectedClues Model(string id)
    {
        if (!Models.TryGetValue(id, out var clues))
        {
            Models[id] = clues = new ExpectedClues();
        }

        return clues;
    }

    /// <summary>Writes the manifest as indented JSON.</summary>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Options));

    /// <summary>Reads a manifest.</summary>
    public static GroundTruth Load(string path) => JsonSerializer.Deserialize<GroundTruth>(File.ReadAllText(path), Options)!;

    private static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
