using System.Text.Json;
using Hub.Server.Tests.SharedData;

namespace Hub.Server.Tests.Supervision;

/// <summary><c>runAllSupervisionModels</c> through HTTP with a real token: one payload per model, refusals typed, the rest run.</summary>
public sealed class RunAllSupervisionModelsTests
{
    private const string RunAll = """
        mutation { runAllSupervisionModels(input: {asOf: "2025-06-30"}) {
          cluesCreated
          models { modelId run { modelId outcome cluesCreated cluesUnchanged } errors { __typename ... on Error { message } ... on InvalidModelParameterError { code } } } } }
        """;

    [Fact]
    public async Task Every_model_runs_once_with_its_defaults_and_a_second_call_creates_nothing()
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres: true);
        var runner = await server.TokenAsync("models.run");

        var first = await RunAllAsync(server, runner);
        var second = await RunAllAsync(server, runner);

        // The test data hold no legal_threshold rows: M01, M02, M11 and M14, whose defaults come from there, are refused and the rest run.
        string[] models = ["M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M11", "M12", "M13", "M14", "M15"];
        Assert.Equal(models.Select(m => m switch
        {
            "M01" or "M02" or "M11" or "M14" => $"{m} InvalidModelParameterError INVALID_MODEL_PARAMETER",
            "M04" => $"{m} SUCCEEDED created 1 unchanged 0",
            _ => $"{m} SUCCEEDED created 0 unchanged 0",
        }), Outcomes(first));
        Assert.Equal(models.Select(m => m switch
        {
            "M01" or "M02" or "M11" or "M14" => $"{m} InvalidModelParameterError INVALID_MODEL_PARAMETER",
            "M04" => $"{m} SUCCEEDED created 0 unchanged 1",
            _ => $"{m} SUCCEEDED created 0 unchanged 0",
        }), Outcomes(second));
        Assert.Equal((1, 0), (first.GetProperty("cluesCreated").GetInt32(), second.GetProperty("cluesCreated").GetInt32()));
        Assert.Equal("Model M14, parameter 'oneWorkerMin': no legal_threshold row for topic '拒不支付劳动报酬-个人' applies to region 430281 on 2025-06-30; import one or pass --param oneWorkerMin=VALUE.",
            first.GetProperty("models")[13].GetProperty("errors")[0].GetProperty("message").GetString());
    }

    private static IEnumerable<string> Outcomes(JsonElement payload) => payload.GetProperty("models").EnumerateArray().Select(m =>
        m.GetProperty("run") is { ValueKind: JsonValueKind.Object } run
            ? $"{run.GetProperty("modelId").GetString()} {run.GetProperty("outcome").GetString()} created {run.GetProperty("cluesCreated").GetInt32()} unchanged {run.GetProperty("cluesUnchanged").GetInt32()}"
            : $"{m.GetProperty("modelId").GetString()} {m.GetProperty("errors")[0].GetProperty("__typename").GetString()} {m.GetProperty("errors")[0].GetProperty("code").GetString()}");

    private static async Task<JsonElement> RunAllAsync(SharedDataServer server, string token)
    {
        var response = await server.QueryAsync(token, RunAll);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data").GetProperty("runAllSupervisionModels");
    }
}
