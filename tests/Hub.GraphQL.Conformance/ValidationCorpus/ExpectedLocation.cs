using System.Text.Json.Serialization;

namespace Hub.GraphQL.Conformance.ValidationCorpus;

/// <summary>A 1-based line and column, as graphql-js reports them.</summary>
public sealed class ExpectedLocation
{
    [JsonPropertyName("line")]
    public int Line { get; init; }

    [JsonPropertyName("column")]
    public int Column { get; init; }
}
