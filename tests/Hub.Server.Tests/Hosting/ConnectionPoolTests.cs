using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Hub.Server.Tests.Administration;
using Hub.Testing;
using Npgsql;

namespace Hub.Server.Tests.Hosting;

public sealed class ConnectionPoolTests
{
    [Fact]
    public async Task Concurrent_requests_queue_for_the_capped_pool_instead_of_opening_more_connections()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("hub_pool");
        await using var server = await HubKestrelServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = connectionString,
            ["Hub:Database:MaxPoolSize"] = "3",
            ["Identity:KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });
        var client = await server.RegisterClientAsync("POOL", ["enforcement.read"]);
        using var hub = new HubHttpClient(server.Address);
        var token = await hub.AccessTokenAsync(client.ClientId, client.ClientSecret!, "enforcement.read");
        using var http = new HttpClient { BaseAddress = server.Address };

        var statuses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent("""{"query":"{ administrativePenalties(first: 1) { totalCount } }"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        await using var admin = new NpgsqlConnection(PostgresServer.Shared.AdminConnectionString);
        await admin.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @database", admin);
        count.Parameters.AddWithValue("database", new NpgsqlConnectionStringBuilder(connectionString).Database!);
        Assert.InRange((long)(await count.ExecuteScalarAsync())!, 1, 3);
    }
}
