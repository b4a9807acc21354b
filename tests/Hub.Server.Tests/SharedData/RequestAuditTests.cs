using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// A request's reads are audited with one statement, written before its response: whatever fields and batches it
/// read, on PostgreSQL and SQLite; when a field fails, when the records cannot be written (no data goes out), and
/// when the client disconnects midway (the reads done so far are still recorded).
/// </summary>
public sealed class RequestAuditTests(SharedDataFixture fixture) : IClassFixture<SharedDataFixture>
{
    private const string LinkedQuery =
        "{ administrativePenalties(first: 50) { totalCount nodes { decisionNo personName person { criminalJudgments { courtCaseNo } } } } }";

    private static readonly string[] s_linkedReads = ["AdministrativePenalty.person", "Person.criminalJudgments", "Query.administrativePenalties"];

    [Fact]
    public async Task A_linked_query_writes_its_three_records_with_one_insert_on_postgres()
    {
        var last = await LastAuditIdAsync(fixture.Server);
        using var counter = await AuditStatementCounter.StartAsync(fixture.Server.Services);

        var result = await fixture.Server.QueryAsync(fixture.ReadToken, LinkedQuery);

        Assert.Equal(SharedDataRows.PersonPenalties + 4, result.GetProperty("data").GetProperty("administrativePenalties").GetProperty("nodes").GetArrayLength());
        Assert.Equal(s_linkedReads, (await AuditSinceAsync(fixture.Server, last)).Select(record => record.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(3, RowsOf(Assert.Single(counter.Statements)));
        Assert.Equal(1, await TransactionsSinceAsync(last));
    }

    [Fact]
    public async Task A_linked_query_writes_its_three_records_with_one_insert_on_sqlite()
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres: false);
        var token = await server.TokenAsync(SharedDataFixture.ReadScopes.Split(' '));
        var last = await LastAuditIdAsync(server);
        using var counter = await AuditStatementCounter.StartAsync(server.Services);

        var result = await server.QueryAsync(token, LinkedQuery);

        Assert.Equal(SharedDataRows.PersonPenalties + 4, result.GetProperty("data").GetProperty("administrativePenalties").GetProperty("nodes").GetArrayLength());
        Assert.Equal(s_linkedReads, (await AuditSinceAsync(server, last)).Select(record => record.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(3, RowsOf(Assert.Single(counter.Statements)));
    }

    [Fact]
    public async Task A_request_with_a_failed_field_records_the_reads_that_succeeded_with_one_insert()
    {
        var last = await LastAuditIdAsync(fixture.Server);
        using var counter = await AuditStatementCounter.StartAsync(fixture.Server.Services);

        var result = await fixture.Server.QueryAsync(fixture.ReadToken,
            $$"""
            {
              penalties: administrativePenalties(first: 2) { nodes { decisionNo person { idNumber } } }
              refused: person(idNumber: "{{SharedDataRows.PersonId}}", reason: "no case named") { idNumber }
            }
            """);

        Assert.Equal(2, result.GetProperty("data").GetProperty("penalties").GetProperty("nodes").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("refused").ValueKind);
        Assert.Equal("HUB_INVALID_REASON", Assert.Single(result.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["AdministrativePenalty.person", "Query.administrativePenalties"],
            (await AuditSinceAsync(fixture.Server, last)).Select(record => record.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(2, RowsOf(Assert.Single(counter.Statements)));
    }

    [Fact]
    public async Task Reads_whose_records_cannot_be_written_are_not_answered()
    {
        var last = await LastAuditIdAsync(fixture.Server);
        await using var database = await OpenHubDatabaseAsync();
        await ExecuteAsync(database,
            """
            CREATE FUNCTION identity.refuse_audit_insert() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'audit inserts refused by the test'; END $$;
            CREATE TRIGGER refuse_audit_insert BEFORE INSERT ON identity.audit_records
            FOR EACH STATEMENT EXECUTE FUNCTION identity.refuse_audit_insert();
            """);
        HttpResponseMessage response;
        try
        {
            using var http = new HttpClient { BaseAddress = fixture.Server.Address };
            response = await http.SendAsync(GraphQLPost(LinkedQuery, fixture.ReadToken));
        }
        finally
        {
            await ExecuteAsync(database, "DROP TRIGGER refuse_audit_insert ON identity.audit_records; DROP FUNCTION identity.refuse_audit_insert();");
        }

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _), body.ToString());
        Assert.Equal("Unexpected Execution Error", Assert.Single(body.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString());
        Assert.Empty(await AuditSinceAsync(fixture.Server, last));
    }

    [Fact]
    public async Task A_client_that_disconnects_midway_leaves_the_records_of_the_reads_done()
    {
        var last = await LastAuditIdAsync(fixture.Server);
        await using var database = await OpenHubDatabaseAsync();
        await using var watching = await OpenHubDatabaseAsync();
        // The list and its persons are read, then the judgments batch waits for this lock until the client has gone.
        await using var locking = await database.BeginTransactionAsync();
        await ExecuteAsync(database, "LOCK TABLE judicial.criminal_judgment IN ACCESS EXCLUSIVE MODE");

        using var http = new HttpClient { BaseAddress = fixture.Server.Address };
        using var disconnect = new CancellationTokenSource();
        var sending = http.SendAsync(GraphQLPost(LinkedQuery, fixture.ReadToken), disconnect.Token);
        // Watched from outside the locking transaction, which sees pg_stat_activity as it was when it began.
        await WaitUntilAsync(async () => await ScalarAsync(watching,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") == 1);
        disconnect.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        var records = await WaitForAuditSinceAsync(last);
        await locking.RollbackAsync();

        Assert.Equal(["AdministrativePenalty.person", "Query.administrativePenalties"], records.Select(record => record.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(SharedDataRows.PersonPenalties + 4,
            JsonDocument.Parse(records.Single(record => record.Subject == "Query.administrativePenalties").Detail).RootElement.GetProperty("rows").GetInt32());
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Equal(2, (await AuditSinceAsync(fixture.Server, last)).Count);
    }

    private static int RowsOf(string insert) => insert.Split("), (").Length;

    private static async Task<long> LastAuditIdAsync(SharedDataServer server) =>
        (await server.Services.GetRequiredService<IdentityAdministration>().ListAuditAsync(1)).Single().Id;

    private static async Task<List<AuditRecord>> AuditSinceAsync(SharedDataServer server, long last) =>
        [.. (await server.Services.GetRequiredService<IdentityAdministration>().ListAuditAsync(50)).Where(record => record.Id > last)];

    private async Task<List<AuditRecord>> WaitForAuditSinceAsync(long last)
    {
        List<AuditRecord> records = [];
        await WaitUntilAsync(async () => (records = await AuditSinceAsync(fixture.Server, last)).Count > 0);
        return records;
    }

    /// <summary>How many transactions wrote the audit records after <paramref name="last"/>.</summary>
    private async Task<long> TransactionsSinceAsync(long last)
    {
        await using var database = await OpenHubDatabaseAsync();
        return await ScalarAsync(database, $"SELECT count(DISTINCT xmin::text) FROM identity.audit_records WHERE \"Id\" > {last}");
    }

    private async Task<NpgsqlConnection> OpenHubDatabaseAsync()
    {
        using var db = fixture.Server.Services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContext();
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not come true within 15 s");
            await Task.Delay(20);
        }
    }

    private static HttpRequestMessage GraphQLPost(string query, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
