using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.GraphQL.Conformance.ValidationCorpus;

/// <summary>The corpus file: the shared test schema's SDL and the cases.</summary>
public sealed class ValidationCorpusFile
{
    [JsonPropertyName("testSchema")]
    public required string TestSchema { get; init; }

    [JsonPropertyName("cases")]
    public required IReadOnlyList<ValidationCase> Cases { get; init; }

    public static ValidationCorpusFile Load(string path)
        => JsonSerializer.Deserialize<ValidationCorpusFile>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"The validation corpus '{path}' is empty.");
}
