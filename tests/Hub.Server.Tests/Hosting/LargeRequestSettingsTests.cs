using System.Net;
using System.Text;
using System.Text.Json;
using Hub.Server.Hosting;

namespace Hub.Server.Tests.Hosting;

/// <summary>
/// <c>Hub:GraphQL:LargeRequestSize</c> and <c>Hub:GraphQL:MaxConcurrentLargeRequests</c> reach the hub's endpoint;
/// values that cannot work stop start-up.
/// </summary>
public sealed class LargeRequestSettingsTests
{
    [Fact]
    public async Task A_configured_size_and_concurrency_make_a_second_large_request_wait_while_small_ones_pass()
    {
        // By default (1 MB, two at once) neither body below would be large, and two large ones would not wait.
        await using var server = await HubKestrelServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:GraphQL:LargeRequestSize"] = "4000",
            ["Hub:GraphQL:MaxConcurrentLargeRequests"] = "1",
        });
        using var http = new HttpClient { BaseAddress = server.Address };
        var padding = new string(' ', 5000);
        var holding = new HeldBody(Encoding.UTF8.GetBytes($$"""{"query":"{ __typename{{padding}} }"}"""));

        var held = http.PostAsync("/graphql", holding);
        await holding.Sent.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(1)); // time for the hub to read past 4000 bytes of it (even on a busy machine) and take the only slot
        var queued = http.PostAsync("/graphql", Json($$"""{"query":"{ __typename{{padding}} }"}"""));
        using var small = await http.PostAsync("/graphql", Json("""{"query":"{ __typename }"}"""));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var waitedWhileHeld = !queued.IsCompleted;
        holding.Finish();
        using var first = await held.WaitAsync(TimeSpan.FromSeconds(10));
        using var second = await queued.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.True(waitedWhileHeld);
        Assert.Equal("Query", await TypeNameAsync(first));
        Assert.Equal("Query", await TypeNameAsync(second));
    }

    [Theory]
    [InlineData("LargeRequestSize", "0", "Hub:GraphQL:LargeRequestSize must be at least 1 (bytes).")]
    [InlineData("MaxConcurrentLargeRequests", "0", "Hub:GraphQL:MaxConcurrentLargeRequests must be at least 1.")]
    public void A_value_that_cannot_work_stops_start_up_naming_the_setting(string setting, string value, string message)
    {
        var error = Assert.Throws<HubConfigurationException>(() => HubApplication.Build([$"--Hub:GraphQL:{setting}={value}", DataFolder()]));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_setting()
    {
        var error = Assert.Throws<HubConfigurationException>(() => HubApplication.Build(["--Hub:GraphQL:MaxConcurrentLargeRequests=two", DataFolder()]));

        Assert.Contains("Hub:GraphQL:MaxConcurrentLargeRequests", error.Message);
    }

    /// <summary>A data folder of the test's own: the default one is shared with other tests building the hub at the same time.</summary>
    private static string DataFolder() => $"--Hub:DataFolder={Directory.CreateTempSubdirectory("hub-large-requests-").FullName}";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<string?> TypeNameAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("__typename").GetString();
    }

    /// <summary>A chunked JSON body sent all but its last byte, which follows on <see cref="Finish"/>: a slow upload.</summary>
    private sealed class HeldBody : HttpContent
    {
        private readonly byte[] _body;
        private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldBody(byte[] body)
        {
            _body = body;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        public Task Sent => _sent.Task;

        public void Finish() => _finish.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(_body.AsMemory(0, _body.Length - 1));
            await stream.FlushAsync();
            _sent.TrySetResult();
            await _finish.Task;
            await stream.WriteAsync(_body.AsMemory(_body.Length - 1));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
