using System.Net;
using System.Text;
using System.Text.Json;
using Hub.Testing;

namespace Hub.Server.Tests.Hosting;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Liveness_answers_without_touching_the_database()
    {
        using var factory = new HubServerFactory(new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2",
            ["Hub:MigrateAtStartup"] = "false",
        });
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_is_healthy_with_the_default_sqlite_file_in_the_data_folder()
    {
        using var factory = new HubServerFactory();
        var response = await factory.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal("Sqlite answers", report.GetProperty("checks").GetProperty("database").GetProperty("description").GetString());
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "hub.db")));
    }

    [Fact]
    public async Task Readiness_is_healthy_on_a_real_postgresql_database()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("hub_server");
        using var factory = new HubServerFactory(new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = connectionString,
        });
        var response = await factory.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("PostgreSql answers", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_is_503_and_names_the_database_but_not_its_address_when_it_is_unreachable()
    {
        using var factory = new HubServerFactory(new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2",
            ["Hub:MigrateAtStartup"] = "false",
        });
        var client = factory.CreateClient();
        var response = await client.GetAsync("/readyz");

        // Anonymous callers learn that the database is down, not where it lives (the log has the driver's message).
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("""{"status":"Unhealthy","checks":{"database":{"status":"Unhealthy","description":"PostgreSql is unreachable"}}}""",
            await response.Content.ReadAsStringAsync());

        var health = await client.PostAsync("/graphql", new StringContent(
            """{"query":"{ health { status checks { name status description } } }"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("""{"data":{"health":{"status":"Unhealthy","checks":[{"name":"database","status":"Unhealthy","description":"PostgreSql is unreachable"}]}}}""",
            await health.Content.ReadAsStringAsync());
    }
}
