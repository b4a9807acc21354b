using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Data.Generation;

namespace Hub.Supervision.Evaluation;

/// <summary>Reads a generator manifest (<c>expected-clues.json</c>) for scoring.</summary>
public static class ManifestFile
{
    // GroundTruth's per-model clues are get-only collections: they must be filled in place, not replaced.
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
    };

    /// <summary>The manifest at <paramref name="path"/>; a missing file, bad JSON or a manifest naming no model is an error naming the file.</summary>
    public static GroundTruth Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No manifest {path}.", path);
        }

        GroundTruth? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<GroundTruth>(File.ReadAllText(path), s_options);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path}: not a manifest ({exception.Message})", exception);
        }

        return manifest is { Models.Count: > 0 } ? manifest : throw new InvalidDataException($"{path}: the manifest names no model.");
    }
}
