using System.Security.Cryptography;
using Hub.Testing;
using Microsoft.Extensions.Logging;

namespace Hub.Identity.Tests;

/// <summary>What the authorization server logs when it starts.</summary>
public sealed class StartupLogTests
{
    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task The_first_start_on_a_new_database_migrates_it_without_logging_a_warning_or_an_error(string provider)
    {
        var connectionString = provider == "postgres"
            ? await PostgresServer.Shared.CreateDatabaseAsync("hub_identity_log")
            : $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("hub-identity-log-").FullName, "hub.db")}";
        using var logs = new RecordedLogs();
        await using (var server = await IdentityTestServer.StartAsync(provider, connectionString, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), logs: logs))
        {
            using var http = server.CreateClient();
            Assert.True((await http.GetAsync(IdentityEndpointPaths.Jwks)).IsSuccessStatusCode);
        }

        Assert.Contains(logs.Entries, e => e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.Empty(logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Category}: {e.Message}"));
    }
}
