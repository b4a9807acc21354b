using System.Net;
using System.Text.Json;

namespace Hub.Server.Tests.Ide;

public sealed class BananaCakePopTests : IClassFixture<HubServerFactory>
{
    private readonly HttpClient _client;

    public BananaCakePopTests(HubServerFactory factory)
    {
        _client = factory.CreateClient(new() { AllowAutoRedirect = false });
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
    }

    [Fact]
    public async Task A_browser_opening_the_endpoint_is_redirected_to_the_trailing_slash()
    {
        var response = await _client.GetAsync("/graphql");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_get_without_html_stays_a_graphql_request()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var response = await _client.SendAsync(request);

        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_ide_page_is_served_from_the_files_fetched_by_the_build()
    {
        var response = await _client.GetAsync("/graphql/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_configuration_turns_telemetry_off_and_points_at_the_endpoint()
    {
        var response = await _client.GetAsync("/graphql/bcp-config.json");

        var configuration = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(configuration.GetProperty("disableTelemetry").GetBoolean());
        Assert.True(configuration.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("/graphql", configuration.GetProperty("endpoint").GetString());
    }

    [Fact]
    public async Task Static_files_get_their_media_types_and_the_licence_is_served()
    {
        var page = await _client.GetStringAsync("/graphql/");
        var script = page.Split('"').First(part => part.StartsWith("static/js/main.", StringComparison.Ordinal));

        var scriptResponse = await _client.GetAsync($"/graphql/{script}");
        Assert.Equal(HttpStatusCode.OK, scriptResponse.StatusCode);
        Assert.Equal("text/javascript", scriptResponse.Content.Headers.ContentType?.MediaType);

        var licence = await _client.GetStringAsync("/graphql/LICENSE");
        Assert.Contains("ChilliCream License 1.0", licence);
    }

    [Fact]
    public async Task A_missing_file_is_404()
    {
        var response = await _client.GetAsync("/graphql/static/js/nothing-here.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
