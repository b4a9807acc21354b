using Hub.Data.Hosting;
using Hub.Server.Hosting;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hub.Server.Tests.Hosting;

public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task With_migrations_and_seeding_off_start_up_creates_nothing_in_the_database()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("hub_untouched");
        await using (var server = await HubKestrelServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = connectionString,
            ["Hub:MigrateAtStartup"] = "false",
            ["Hub:SeedOnFirstStart"] = "false",
            ["Identity:KeyEncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        }))
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            Assert.Equal("Healthy", await http.GetStringAsync("/healthz"));
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')) + " +
            "(SELECT count(*) FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('information_schema', 'public'))", connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Username=nobody", 20)]
    [InlineData("Host=127.0.0.1;Port=1;Username=nobody;MaxPoolSize=5", 5)]
    [InlineData("Host=127.0.0.1;Port=1;Username=nobody;Maximum Pool Size=7", 7)]
    public void PostgreSql_connections_are_capped_at_20_unless_the_connection_string_says_otherwise(string connectionString, int expected)
    {
        using var factory = new HubServerFactory(new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = connectionString,
            ["Hub:MigrateAtStartup"] = "false",
        });
        var configured = factory.Services.GetRequiredService<IOptions<HubDataOptions>>().Value.ResolveConnectionString();

        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(configured).MaxPoolSize);
    }
}
