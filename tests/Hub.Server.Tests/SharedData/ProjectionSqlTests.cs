using Hub.Testing;

namespace Hub.Server.Tests.SharedData;

/// <summary>A hub with the test rows whose shared-data SQL is collected (<see cref="SqlLog"/>).</summary>
public abstract class ProjectionServer(bool onPostgres) : IAsyncLifetime
{
    public SharedDataServer Server { get; private set; } = null!;

    public SqlLog Sql { get; private set; } = null!;

    public string ReadToken { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await SharedDataServer.StartAsync(onPostgres, SqlLog.Settings);
        Sql = SqlLog.AttachTo(Server.Services);
        ReadToken = await Server.TokenAsync(SharedDataFixture.ReadScopes.Split(' '));
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed class PostgresProjectionServer() : ProjectionServer(onPostgres: true);

public sealed class SqliteProjectionServer() : ProjectionServer(onPostgres: false);

/// <summary>
/// <c>UseProjection()</c> on a shared-data list, seen in the SQL the hub logs: a page reads the selected fields' columns,
/// the provenance the audit names rows by and the id, the keys of selected links and what masking a selected field needs;
/// links stay one query per level; <c>node(id:)</c> reads a row the same way.
/// </summary>
public abstract class ProjectionSqlTests(ProjectionServer hub)
{
    private static readonly string[] Audited = ["id", "source_agency", "source_record_id"];

    [Fact]
    public async Task A_page_of_three_fields_reads_their_columns_and_the_audited_keys()
    {
        hub.Sql.Clear();
        var result = await hub.Server.QueryAsync(hub.ReadToken, "{ administrativePenalties(first: 3) { nodes { decisionNo violationType decisionDate } } }");

        Assert.Equal(
            """{"data":{"administrativePenalties":{"nodes":[{"decisionNo":"醴公(治)行罚决字〔2024〕025号","violationType":"盗窃","decisionDate":"2024-01-25"},{"decisionNo":"醴公(治)行罚决字〔2024〕024号","violationType":"盗窃","decisionDate":"2024-01-24"},{"decisionNo":"醴公(治)行罚决字〔2024〕023号","violationType":"盗窃","decisionDate":"2024-01-23"}]}}}""",
            result.GetRawText());
        Assert.Equal(Sorted([.. Audited, "decision_date", "decision_no", "violation_type"]), Columns(Assert.Single(hub.Sql.Reading("admin_penalty"))));
    }

    [Fact]
    public async Task A_masked_field_selected_alone_reads_the_columns_its_mask_needs()
    {
        var maskedMinorId = SharedDataRows.MinorId[..6] + "********" + SharedDataRows.MinorId[14..];
        hub.Sql.Clear();
        var name = await hub.Server.QueryAsync(hub.ReadToken, $"{{ administrativePenalties(personIdNumber: \"{SharedDataRows.MinorId}\") {{ nodes {{ personName }} }} }}");

        // A minor's name is masked whole, which only the identity number tells.
        Assert.Equal("""{"data":{"administrativePenalties":{"nodes":[{"personName":"***"}]}}}""", name.GetRawText());
        Assert.Equal(Sorted([.. Audited, "person_id_number", "person_name"]), Columns(Assert.Single(hub.Sql.Reading("admin_penalty"))));

        hub.Sql.Clear();
        var facts = await hub.Server.QueryAsync(hub.ReadToken, $"{{ administrativePenalties(personIdNumber: \"{SharedDataRows.MinorId}\") {{ nodes {{ factsText }} }} }}");

        // Free text is redacted of the row's other personal values, masked as their fields show them.
        Assert.Equal(
            """{"data":{"administrativePenalties":{"nodes":[{"factsText":"***（身份证号""" + maskedMinorId + """，电话138****5678）殴打他人"}]}}}""",
            facts.GetRawText());
        Assert.Equal(Sorted([.. Audited, "facts_text", "person_id_number", "person_name"]), Columns(Assert.Single(hub.Sql.Reading("admin_penalty"))));
    }

    [Fact]
    public async Task Links_read_their_key_and_stay_one_query_per_level()
    {
        hub.Sql.Clear();
        var result = await hub.Server.QueryAsync(hub.ReadToken,
            "{ administrativePenalties(first: 50) { nodes { decisionNo person { criminalJudgments { courtCaseNo } } } } }");

        var nodes = result.GetProperty("data").GetProperty("administrativePenalties").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(SharedDataRows.PersonPenalties + 4, nodes.Count);
        Assert.Equal(SharedDataRows.PersonPenalties, nodes.Count(n => n.GetProperty("person").GetProperty("criminalJudgments").GetArrayLength() == 1));
        Assert.Equal(Sorted([.. Audited, "decision_no", "person_id_number"]), Columns(Assert.Single(hub.Sql.Reading("admin_penalty"))));
        Assert.Single(hub.Sql.Reading("person"));
        Assert.Single(hub.Sql.Reading("criminal_judgment"));
    }

    [Fact]
    public async Task A_node_by_global_id_reads_the_columns_of_the_fields_selected_on_its_type()
    {
        var page = await hub.Server.QueryAsync(hub.ReadToken, "{ administrativePenalties(first: 1) { nodes { id } } }");
        var id = page.GetProperty("data").GetProperty("administrativePenalties").GetProperty("nodes")[0].GetProperty("id").GetString();
        hub.Sql.Clear();
        var result = await hub.Server.QueryAsync(hub.ReadToken,
            $"{{ node(id: \"{id}\") {{ __typename ... on AdministrativePenalty {{ decisionNo personName }} }} }}");

        Assert.Equal(
            "{\"data\":{\"node\":{\"__typename\":\"AdministrativePenalty\",\"decisionNo\":\"" + SharedDataRows.PenaltyNo(25) + "\",\"personName\":\"张*明\"}}}",
            result.GetRawText());
        Assert.Equal(Sorted([.. Audited, "decision_no", "person_id_number", "person_name"]), Columns(Assert.Single(hub.Sql.Reading("admin_penalty"))));
    }

    private static List<string> Columns(string sql) => Sorted(SqlSelectList.Columns(sql));

    private static List<string> Sorted(IEnumerable<string> columns) => [.. columns.Order(StringComparer.Ordinal)];
}

public sealed class PostgresProjectionSqlTests(PostgresProjectionServer hub) : ProjectionSqlTests(hub), IClassFixture<PostgresProjectionServer>;

public sealed class SqliteProjectionSqlTests(SqliteProjectionServer hub) : ProjectionSqlTests(hub), IClassFixture<SqliteProjectionServer>;
