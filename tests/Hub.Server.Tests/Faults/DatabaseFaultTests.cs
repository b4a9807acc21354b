using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Hub.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Hub.Server.Tests.Faults;

/// <summary>
/// What production does to the database, done to a throwaway PostgreSQL cluster under a real <c>hub serve</c> process:
/// a fast restart, a two-minute outage under load, a start while it is down. The hub stays up, answers 503 while it
/// cannot work, serves again as soon as the database does, and never exits 0 on its own.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class DatabaseFaultTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(90);

    // Maintenance every second: the stale pooled connections a restart leaves behind are met at once, not after a minute.
    private static readonly Dictionary<string, string> s_fastMaintenance = new() { ["Identity__MaintenanceInterval"] = "00:00:01" };

    [Fact]
    public async Task A_fast_restart_with_no_traffic_leaves_the_hub_up_and_serving()
    {
        using var cluster = PostgresCluster.Create();
        await using var hub = HubServeProcess.Start(await cluster.CreateDatabaseAsync(), s_fastMaintenance);
        await hub.WaitUntilListeningAsync(s_startTimeout);
        using var client = await FaultClient.RegisterAsync(hub);
        var (_, token) = await client.RequestTokenAsync();
        Assert.Equal(200, (await client.QueryAsync(token!)).Answer.Status);

        var restart = Stopwatch.StartNew();
        cluster.Restart();
        output.WriteLine($"pg_ctl restart -m fast took {restart.ElapsedMilliseconds} ms");
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.False(hub.HasExited, hub.Output);
        var (answer, body) = await client.QueryAsync(token!);
        output.WriteLine($"first query after the restart: {answer.Status} in {(answer.AnsweredAt - answer.SentAt).TotalMilliseconds:F0} ms");
        Assert.Equal(200, answer.Status);
        Assert.Equal(0, body.GetProperty("data").GetProperty("administrativePenalties").GetProperty("totalCount").GetInt32());
        Assert.Equal(200, (await client.RequestTokenAsync()).Answer.Status);
    }

    [Fact]
    public async Task A_two_minute_outage_under_light_load_is_answered_503_and_served_again_within_two_seconds()
    {
        using var cluster = PostgresCluster.Create();
        await using var hub = HubServeProcess.Start(await cluster.CreateDatabaseAsync(), s_fastMaintenance);
        await hub.WaitUntilListeningAsync(s_startTimeout);
        using var client = await FaultClient.RegisterAsync(hub);
        var token = (await client.RequestTokenAsync()).Token!;
        var revoked = (await client.RequestTokenAsync()).Token!;
        await client.RevokeAsync(revoked);
        Assert.Equal(401, (await client.QueryAsync(revoked)).Answer.Status);

        using var stopLoad = new CancellationTokenSource();
        var load = LoadAsync(client, token, stopLoad.Token);
        await Task.Delay(TimeSpan.FromSeconds(3));

        cluster.Stop();
        var stoppedAt = client.Now;
        await Task.Delay(TimeSpan.FromSeconds(10));
        var tokenDuringOutage = await client.RequestTokenAsync();
        var revokedDuringOutage = (await client.QueryAsync(revoked)).Answer;
        var (partial, partialBody) = await client.QueryAsync(token, "{ version { runtime } administrativePenalties(first: 1) { totalCount } }");
        using var http = new HttpClient { BaseAddress = hub.Address };
        var readiness = await http.GetAsync("/readyz");
        var readinessBody = await readiness.Content.ReadAsStringAsync();
        await Task.Delay(TimeSpan.FromMinutes(2) - (client.Now - stoppedAt));

        var starting = client.Now;
        cluster.Start();
        var startedAt = client.Now;
        await Task.Delay(TimeSpan.FromSeconds(8));
        await stopLoad.CancelAsync();
        var answers = await load;

        Assert.False(hub.HasExited, hub.Output);
        Assert.Equal((503, "temporarily_unavailable", "5"), (tokenDuringOutage.Answer.Status, tokenDuringOutage.Answer.Code, tokenDuringOutage.Answer.RetryAfter));
        Assert.Equal(401, revokedDuringOutage.Status);

        // What needs no database is still served: 200 with the partial data and the field's error.
        Assert.Equal((200, "HUB_DATABASE_UNAVAILABLE", null), (partial.Status, partial.Code, partial.RetryAfter));
        Assert.Equal(JsonValueKind.Null, partialBody.GetProperty("data").GetProperty("administrativePenalties").ValueKind);
        Assert.StartsWith(".NET ", partialBody.GetProperty("data").GetProperty("version").GetProperty("runtime").GetString());
        Assert.Equal("""[{"message":"The database is unavailable; retry later.","locations":[{"line":1,"column":23}],"path":["administrativePenalties"],"extensions":{"code":"HUB_DATABASE_UNAVAILABLE"}}]""",
            partialBody.GetProperty("errors").GetRawText());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        Assert.Equal("""{"status":"Unhealthy","checks":{"database":{"status":"Unhealthy","description":"PostgreSql is unreachable"}}}""", readinessBody);

        var before = answers.Where(a => a.AnsweredAt < stoppedAt - TimeSpan.FromSeconds(1)).ToList();
        var during = answers.Where(a => a.SentAt > stoppedAt && a.AnsweredAt < starting).ToList();
        var firstServed = answers.First(a => a.SentAt > startedAt && a.Status == 200);
        var after = answers.Where(a => a.SentAt >= firstServed.SentAt).ToList();
        output.WriteLine($"{answers.Count} queries: {before.Count} before the stop, {during.Count} during the outage, {after.Count} after the first served one");
        output.WriteLine($"outage answers took {during.Average(a => (a.AnsweredAt - a.SentAt).TotalMilliseconds):F1} ms on average, at most {during.Max(a => (a.AnsweredAt - a.SentAt).TotalMilliseconds):F0} ms");
        output.WriteLine($"pg_ctl start took {(startedAt - starting).TotalMilliseconds:F0} ms; first 200 answered {(firstServed.AnsweredAt - startedAt).TotalMilliseconds:F0} ms after it returned");

        Assert.All(before, a => Assert.Equal(200, a.Status));
        Assert.True(during.Count > 100, $"{during.Count} queries during the outage");
        Assert.All(during, a => Assert.Equal((503, "HUB_DATABASE_UNAVAILABLE", "5"), (a.Status, a.Code, a.RetryAfter)));
        Assert.True(firstServed.AnsweredAt - startedAt < TimeSpan.FromSeconds(2), $"served again {firstServed.AnsweredAt - startedAt} after the database");
        Assert.All(after, a => Assert.Equal(200, a.Status));
    }

    [Fact]
    public async Task A_hub_started_while_the_database_is_down_retries_and_serves_once_it_is_up()
    {
        using var cluster = PostgresCluster.Create();
        var connectionString = await cluster.CreateDatabaseAsync();
        cluster.Stop();
        await using var hub = HubServeProcess.Start(connectionString);
        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.False(hub.HasExited, hub.Output);

        var clock = Stopwatch.StartNew();
        cluster.Start();
        var started = clock.Elapsed;
        await hub.WaitUntilListeningAsync(TimeSpan.FromSeconds(30));
        output.WriteLine($"listening {(clock.Elapsed - started).TotalMilliseconds:F0} ms after pg_ctl start returned");

        var retries = hub.Output.Split('\n').Where(line => line.Contains("The database is unreachable at start-up (attempt", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{retries.Count} start-up attempts logged");
        Assert.InRange(retries.Count, 3, 5); // after 1, 2 and 4 s of backoff within the 6 s (the last one may fall on the start)
        var first = JsonDocument.Parse(retries[0]).RootElement;
        Assert.Equal("Warning", first.GetProperty("LogLevel").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", first.GetProperty("Timestamp").GetString());
        using var client = await FaultClient.RegisterAsync(hub);
        var (_, token) = await client.RequestTokenAsync();
        Assert.Equal(200, (await client.QueryAsync(token!)).Answer.Status);
    }

    [Fact]
    public async Task Start_up_gives_up_after_the_retry_timeout_with_exit_code_1_and_one_line()
    {
        using var cluster = PostgresCluster.Create();
        var connectionString = await cluster.CreateDatabaseAsync();
        cluster.Stop();
        await using var hub = HubServeProcess.Start(connectionString, new Dictionary<string, string> { ["Hub__Database__StartupRetryTimeout"] = "00:00:03" });

        Assert.StartsWith("hub: The database did not answer within 00:00:03 (Hub:Database:StartupRetryTimeout), after ", await hub.WaitForFailureAsync());
    }

    [Fact]
    public async Task Signing_keys_under_another_key_encryption_key_stop_the_hub_with_exit_code_1()
    {
        using var cluster = PostgresCluster.Create();
        var connectionString = await cluster.CreateDatabaseAsync();
        await using (var first = HubServeProcess.Start(connectionString))
        {
            await first.WaitUntilListeningAsync(s_startTimeout);
        }

        // A new key-encryption key (HubServeProcess generates one per process) cannot decrypt the stored signing keys.
        await using var second = HubServeProcess.Start(connectionString);
        Assert.Matches("^hub: Signing key '[^']+' cannot be decrypted: Identity:KeyEncryptionKey differs from the key it was stored under\\.",
            await second.WaitForFailureAsync());
    }

    [Fact]
    public async Task A_signing_key_that_stops_decrypting_while_the_hub_runs_stops_it_with_exit_code_1()
    {
        using var cluster = PostgresCluster.Create();
        var connectionString = await cluster.CreateDatabaseAsync();
        await using var hub = HubServeProcess.Start(connectionString, s_fastMaintenance);
        await hub.WaitUntilListeningAsync(s_startTimeout);

        // One flipped byte in the authentication tag; the moved retirement makes every replica re-read the key.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "UPDATE identity.signing_keys SET \"ProtectedPrivateKey\" = set_byte(\"ProtectedPrivateKey\", 20, get_byte(\"ProtectedPrivateKey\", 20) # 255), " +
                "\"RetiresAt\" = \"RetiresAt\" + interval '1 second'", connection);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        Assert.Matches("^hub: stopped because IdentityStoreInitializer failed: Signing key '[^']+' cannot be decrypted: ", await hub.WaitForFailureAsync());
    }

    /// <summary>A few queries a second (one every 250 ms) until stopped.</summary>
    private static async Task<List<Answer>> LoadAsync(FaultClient client, string token, CancellationToken stop)
    {
        var answers = new List<Answer>();
        while (!stop.IsCancellationRequested)
        {
            answers.Add((await client.QueryAsync(token)).Answer);
            try
            {
                await Task.Delay(250, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return answers;
    }
}

/// <summary>The fault tests start PostgreSQL clusters and hub processes: one at a time on a shared machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "Database faults";
}
