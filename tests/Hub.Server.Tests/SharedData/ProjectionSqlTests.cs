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
        Assert.Equal(["id_number"], Columns(Assert.Single(hub.Sql.Reading("person"))));
        Assert.Equal(Sorted([.. Audited, "court_case_no", "defendant_id_number"]), Columns(Assert.Single(hub.Sql.Reading("criminal_judgment"))));
    }

    [Fact]
    public async Task A_person_lookup_and_its_lists_read_the_selected_columns_the_keys_and_the_masks_inputs()
    {
        hub.Sql.Clear();
        var result = await hub.Server.QueryAsync(hub.ReadToken,
            $"{{ person(idNumber: \"{SharedDataRows.PersonId}\") {{ sex ageBand criminalJudgments {{ defendantName }} }} }}");

        // The name is masked by the defendant's age, which only the identity number tells: read though not selected.
        Assert.Equal("""{"data":{"person":{"sex":"M","ageBand":"ADULT","criminalJudgments":[{"defendantName":"张*明"}]}}}""", result.GetRawText());
        Assert.Equal(Sorted(["birth_date", "id_number", "sex"]), Columns(Assert.Single(hub.Sql.Reading("person"))));
        Assert.Equal(Sorted([.. Audited, "defendant_id_number", "defendant_name"]), Columns(Assert.Single(hub.Sql.Reading("criminal_judgment"))));
    }

    [Fact]
    public async Task An_organization_lookup_reads_the_selected_registration_columns_and_its_lists_what_redaction_needs()
    {
        hub.Sql.Clear();
        var result = await hub.Server.QueryAsync(hub.ReadToken,
            $"{{ organization(uscc: \"{SharedDataRows.CompanyUscc}\") {{ name administrativePenalties {{ factsText }} }} }}");

        var penalties = result.GetProperty("data").GetProperty("organization").GetProperty("administrativePenalties").EnumerateArray().ToList();
        Assert.Equal("醴陵市测试化工有限公司", result.GetProperty("data").GetProperty("organization").GetProperty("name").GetString());
        // Free text is redacted of the person's name, which it reads (with the identity number its mask needs) unselected.
        Assert.Equal(["欧**娜超标排放", "欧**娜超标排放", "欧**娜超标排放"], penalties.Select(p => p.GetProperty("factsText").GetString()));
        // The lookup first checks that a visible row names the organisation (the queries without the fields served).
        Assert.Equal(["uscc"], Columns(Assert.Single(hub.Sql.Reading("organization"))));
        Assert.Equal(Sorted(["id", "name", "uscc"]), Columns(Assert.Single(hub.Sql.Reading("market_entity"), sql => sql.Contains("name", StringComparison.Ordinal))));
        Assert.Equal(Sorted([.. Audited, "entity_uscc", "facts_text", "person_id_number", "person_name"]),
            Columns(Assert.Single(hub.Sql.Reading("admin_penalty"), sql => sql.Contains("facts_text", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Evidence_records_read_the_columns_selected_on_their_type_in_one_query_after_one_for_their_regions()
    {
        var runner = await hub.Server.TokenAsync("models.run");
        var reader = await hub.Server.TokenAsync("clues.read", "enforcement.read");
        await hub.Server.QueryAsync(runner,
            $$"""mutation { runSupervisionModel(input: {modelId: "M01", asOf: "2025-06-30", parameters: {{Supervision.M01Parameters.GraphQL}}}) { run { id } } }""");
        hub.Sql.Clear();
        var result = await hub.Server.QueryAsync(reader,
            "{ clues(modelId: \"M01\") { nodes { evidence { record { ... on AdministrativePenalty { violationType } } } } } }");

        var records = result.GetProperty("data").GetProperty("clues").GetProperty("nodes").EnumerateArray()
            .SelectMany(clue => clue.GetProperty("evidence").EnumerateArray()).Select(e => e.GetProperty("record").GetProperty("violationType").GetString()).ToList();
        Assert.Equal(Enumerable.Repeat("盗窃", 23), records);
        // The reader is bound to a region: the regions of the cited rows are read first (issue 16), then the records.
        var reads = hub.Sql.Reading("admin_penalty").ToList();
        Assert.Equal(2, reads.Count);
        Assert.Equal(Sorted(["region_code", "source_agency", "source_record_id"]), Columns(Assert.Single(reads, sql => !sql.Contains("violation_type", StringComparison.Ordinal))));
        Assert.Equal(Sorted([.. Audited, "violation_type"]), Columns(Assert.Single(reads, sql => sql.Contains("violation_type", StringComparison.Ordinal))));
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
