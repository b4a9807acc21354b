using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Hub.Identity.Administration;
using static Hub.Identity.Tests.TokenRequests;

namespace Hub.Identity.Tests;

/// <summary>
/// The token endpoint's abuse limits over real HTTP: a burst beyond a client's bucket is answered 429 with
/// <c>Retry-After</c> and an OAuth error body while other clients and other addresses go on; the limits are off when
/// configured so. Each test runs its own replica with small limits on the fixture's database.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class TokenRateLimitTests(IdentityFixture fixture)
{
    [Fact]
    public async Task A_burst_beyond_a_clients_limit_gets_429_with_retry_after_and_other_clients_are_served()
    {
        await using var server = await fixture.StartServerAsync(Limits(clientBurst: 3, addressBurst: 100));
        var admin = server.GetRequiredService<IdentityAdministration>();
        var other = await admin.CreateClientAsync("PSB-330700", "Rate-limit bystander", ["clues.read"], "test");
        using var http = server.CreateClient();

        var burst = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            burst.Add(await TokenAsync(http, Basic(fixture.SecretClientId, fixture.SecretClientSecret), ("grant_type", "client_credentials")));
        }

        Assert.Equal([200, 200, 200, 429, 429], burst.Select(r => (int)r.StatusCode));
        Assert.Equal("1", burst[3].Headers.GetValues("Retry-After").Single());
        Assert.Equal("application/json; charset=utf-8", burst[3].Content.Headers.ContentType!.ToString());
        Assert.Equal("""{"error":"temporarily_unavailable","error_description":"Too many token requests; retry after 1 second(s)."}""",
            await burst[3].Content.ReadAsStringAsync());

        // The same client naming itself in the form (client_secret_post) draws on the same bucket.
        var posted = await TokenAsync(http, null, ("grant_type", "client_credentials"), ("client_id", fixture.SecretClientId), ("client_secret", fixture.SecretClientSecret));
        Assert.Equal(HttpStatusCode.TooManyRequests, posted.StatusCode);

        // Another client, also in the form: its bucket is full, and the endpoint still reads the form the limiter read.
        var bystander = await TokenAsync(http, null, ("grant_type", "client_credentials"), ("client_id", other.ClientId), ("client_secret", other.ClientSecret!));
        Assert.Equal(HttpStatusCode.OK, bystander.StatusCode);
        Assert.Equal("Bearer", JsonDocument.Parse(await bystander.Content.ReadAsStringAsync()).RootElement.GetProperty("token_type").GetString());

        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var later = await TokenAsync(http, Basic(fixture.SecretClientId, fixture.SecretClientSecret), ("grant_type", "client_credentials"));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task A_burst_beyond_an_addresss_limit_gets_429_and_other_addresses_are_served()
    {
        await using var server = await fixture.StartServerAsync(Limits(clientBurst: 100, addressBurst: 2));
        using var http = server.CreateClient();
        using var fromElsewhere = new HttpClient(From(IPAddress.Parse("127.0.0.2"))) { BaseAddress = server.BaseAddress };

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((int)(await TokenAsync(http, Basic(fixture.SecretClientId, fixture.SecretClientSecret), ("grant_type", "client_credentials"))).StatusCode);
        }

        // Unauthenticated garbage counts against the address too: the limit is about load, not about who asks.
        var anonymous = await TokenAsync(http, null, ("grant_type", "client_credentials"));
        var elsewhere = await TokenAsync(fromElsewhere, Basic(fixture.SecretClientId, fixture.SecretClientSecret), ("grant_type", "client_credentials"));

        Assert.Equal([200, 200, 429], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Turned_off_the_limits_let_every_request_through_and_other_endpoints_are_never_limited()
    {
        var settings = Limits(clientBurst: 1, addressBurst: 1);
        settings["Identity:RateLimits:Enabled"] = "false";
        await using var off = await fixture.StartServerAsync(settings);
        await using var on = await fixture.StartServerAsync(Limits(clientBurst: 1, addressBurst: 1));
        using var offHttp = off.CreateClient();
        using var onHttp = on.CreateClient();

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((int)(await TokenAsync(offHttp, Basic(fixture.SecretClientId, fixture.SecretClientSecret), ("grant_type", "client_credentials"))).StatusCode);
        }

        var discovery = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            discovery.Add((int)(await onHttp.GetAsync(IdentityEndpointPaths.OAuthMetadata)).StatusCode);
        }

        Assert.Equal([200, 200, 200, 200], statuses);
        Assert.Equal([200, 200, 200, 200], discovery);
    }

    private static Dictionary<string, string?> Limits(int clientBurst, int addressBurst) => new()
    {
        ["Identity:RateLimits:PerClient:Burst"] = clientBurst.ToString(),
        ["Identity:RateLimits:PerClient:PerSecond"] = "1",
        ["Identity:RateLimits:PerAddress:Burst"] = addressBurst.ToString(),
        ["Identity:RateLimits:PerAddress:PerSecond"] = "1",
    };

    /// <summary>A handler whose connections leave from <paramref name="local"/> (another loopback address than the default).</summary>
    private static SocketsHttpHandler From(IPAddress local) => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(local, 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    };
}
