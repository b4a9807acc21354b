using System.Text.Json.Serialization;

namespace Hub.GraphQL.Conformance.ValidationCorpus;

/// <summary>An error graphql-js reports for a corpus case.</summary>
public sealed class ExpectedError
{
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    [JsonPropertyName("locations")]
    public IReadOnlyList<ExpectedLocation> Locations { get; init; } = [];
}
