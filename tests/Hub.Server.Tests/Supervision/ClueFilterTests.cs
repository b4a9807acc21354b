using System.Text.Json;
using Hub.Server.Tests.SharedData;

namespace Hub.Server.Tests.Supervision;

/// <summary><c>where</c>/<c>order</c> on <c>clues</c> over HTTP with real tokens: results, and the masked subject key.</summary>
public sealed class ClueFilterTests : IAsyncLifetime
{
    private SharedDataServer _server = null!;
    private string _reader = null!;

    public async Task InitializeAsync()
    {
        _server = await SharedDataServer.StartAsync(onPostgres: false);
        var runner = await _server.TokenAsync("models.run");
        _reader = await _server.TokenAsync("clues.read");
        var run = await _server.QueryAsync(runner,
            $$"""mutation { runSupervisionModel(input: { modelId: "M01", asOf: "2025-06-30", parameters: {{M01Parameters.GraphQL}} }) { run { outcome } } }""");
        Assert.Equal("SUCCEEDED", run.GetProperty("data").GetProperty("runSupervisionModel").GetProperty("run").GetProperty("outcome").GetString());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Clues_filter_by_model_status_and_the_full_subject_key_and_sort()
    {
        var result = await _server.QueryAsync(_reader, $$"""
            {
              m01: clues(where: { modelId: { eq: "M01" }, status: { in: [GENERATED] }, subjectKey: { eq: "{{SharedDataRows.PersonId}}" } }) { totalCount nodes { clueNo } }
              none: clues(where: { modelId: { eq: "M01" }, status: { nin: [GENERATED] } }) { totalCount }
              all: clues(where: { or: [{ modelId: { eq: "M01" } }, { score: { gt: 0 } }] }, order: [{ modelId: DESC }, { clueNo: ASC }]) { totalCount nodes { modelId clueNo } }
            }
            """);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var data = result.GetProperty("data");
        Assert.Equal("M01-2025-00001", Assert.Single(data.GetProperty("m01").GetProperty("nodes").EnumerateArray()).GetProperty("clueNo").GetString());
        Assert.Equal(0, data.GetProperty("none").GetProperty("totalCount").GetInt32());
        var all = data.GetProperty("all").GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("modelId").GetString()!, n.GetProperty("clueNo").GetString()!)).ToList();
        Assert.Equal(data.GetProperty("all").GetProperty("totalCount").GetInt32(), all.Count);
        Assert.Equal(all.OrderByDescending(c => c.Item1, StringComparer.Ordinal).ThenBy(c => c.Item2, StringComparer.Ordinal), all);
    }

    [Theory]
    [InlineData("where: { subjectKey: { startsWith: \"430281\" } }", "Cannot filter \"Clue.subjectKey\" with `startsWith` (where.subjectKey.startsWith): the field is masked for this caller, so only `eq` or `in` with the full value is allowed.")]
    [InlineData("order: [{ subjectKey: ASC }]", "Cannot sort by \"Clue.subjectKey\" (order[0].subjectKey): the field is masked for this caller, and its order would reveal it.")]
    public async Task A_reader_without_reveal_cannot_match_the_subject_key_partly_or_sort_by_it(string argument, string message)
    {
        var result = await _server.QueryAsync(_reader, $"{{ clues({argument}) {{ totalCount }} }}");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(message + " Revealing it takes a scope that grants it unmasked and a reason.", error.GetProperty("message").GetString());
        Assert.Equal("HUB_MASKED_FIELD_FILTER", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("clues").ValueKind);
    }
}
