using System.Text.Json.Serialization;

namespace Hub.GraphQL.Conformance.ValidationCorpus;

/// <summary>One case of graphql-js's validation corpus: a document validated with one rule and the errors it must report.</summary>
public sealed class ValidationCase
{
    [JsonPropertyName("test")]
    public required string Test { get; init; }

    /// <summary><c>executable</c> (validated against a schema) or <c>sdl</c> (validated as type-system SDL).</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("rule")]
    public required string Rule { get; init; }

    /// <summary><c>"testSchema"</c>, an SDL string, or null (SDL cases that extend nothing).</summary>
    [JsonPropertyName("schema")]
    public string? Schema { get; init; }

    [JsonPropertyName("query")]
    public required string Query { get; init; }

    [JsonPropertyName("errors")]
    public required IReadOnlyList<ExpectedError> Errors { get; init; }
}
