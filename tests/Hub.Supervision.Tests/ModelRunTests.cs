using Hub.Data.Hosting;
using Hub.Data.Import;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Running;
using Hub.Supervision.Store;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hub.Supervision.Tests;

/// <summary>Runs: idempotence, new evidence, refusals that name the problem, concurrency, failure without partial clues.</summary>
public sealed class ModelRunTests
{
    private static readonly DateOnly s_asOf = new(2025, 6, 30);

    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task A_second_run_creates_nothing_and_new_rows_add_exactly_the_new_clue_and_the_new_evidence(DataProvider provider)
    {
        var database = await GeneratedDatabase.EmptyAsync(provider);
        await ImportAsync(database, "admin_penalty",
            """{"source_agency":"PSB","source_record_id":"P-1","agency_kind":"PSB","decision_no":"醴公罚〔2025〕1号","person_id_number":"430281199001011233","violation_type":"盗窃","penalty_types":"FINE","involved_value":"2500.00","violation_date":"2025-03-01","decision_date":"2025-03-05"}""");
        var runner = new ModelRunner(database.Options);

        var first = await runner.RunAsync(M01Request(("theftLarge", "2000")));
        var second = await runner.RunAsync(M01Request(("theftLarge", "2000")));
        await ImportAsync(database, "admin_penalty",
            """{"source_agency":"PSB","source_record_id":"P-2","agency_kind":"PSB","decision_no":"醴公罚〔2025〕2号","person_id_number":"430281199001011233","violation_type":"盗窃","penalty_types":"FINE","involved_value":"3100.00","violation_date":"2025-04-01","decision_date":"2025-04-03"}""",
            """{"source_agency":"PSB","source_record_id":"P-3","agency_kind":"PSB","decision_no":"醴公罚〔2025〕3号","person_id_number":"43028119850202123X","violation_type":"盗窃","penalty_types":"FINE","involved_value":"800.00","circumstance_flags":"扒窃","violation_date":"2025-04-02","decision_date":"2025-04-04"}""");
        var third = await runner.RunAsync(M01Request(("theftLarge", "2000")));

        // P-2 hits twice (a1 on its amount, a2 on half the amount after P-1): four rows, three records.

        Assert.Equal((RunOutcome.Succeeded, 1L, 1, 0, 0), (first.Outcome, first.RowsRead, first.CluesCreated, first.CluesAlreadyKnown, first.CluesUnchanged));
        Assert.Equal((RunOutcome.Succeeded, 1L, 0, 0, 1), (second.Outcome, second.RowsRead, second.CluesCreated, second.CluesAlreadyKnown, second.CluesUnchanged));
        Assert.Equal((RunOutcome.Succeeded, 4L, 1, 1, 0), (third.Outcome, third.RowsRead, third.CluesCreated, third.CluesAlreadyKnown, third.CluesUnchanged));
        await using var store = SupervisionContext.Create(database.Options);
        var clues = await store.Clues.Include(c => c.Evidence).OrderBy(c => c.ClueNo).ToListAsync();
        Assert.Equal(
            [
                ("M01-2025-00001", "430281199001011233", "M01-a1", "admin_penalty/PSB/P-1|admin_penalty/PSB/P-2", 2),
                ("M01-2025-00002", "43028119850202123X", "M01-a4", "admin_penalty/PSB/P-3", 1),
            ],
            clues.Select(c => (c.ClueNo, c.SubjectKey, c.RuleIds, string.Join('|', c.Evidence.Select(e => e.Reference).Order(StringComparer.Ordinal)), c.Score)));
        var clue = clues[0];
        Assert.Equal("以罚代刑线索：430281********1233 的行政处罚达到刑事追诉标准未移送", clue.Title);
        Assert.Equal("截至2025-06-30，430281********1233 受到的行政处罚符合规则 M01-a1，未见刑事立案或移送记录；证据 1 条。", clue.Summary);
        Assert.DoesNotContain("430281199001011233", clue.Title + clue.Summary, StringComparison.Ordinal);
        Assert.Equal((ClueStatus.Generated, "430281", "刑事检察部门", "行刑衔接", first.Id), (clue.Status, clue.JurisdictionRegionCode, clue.ResponsibleDepartment, clue.SpecialCampaign, clue.RunId));
        Assert.Contains("\"theftLarge\":\"2000\"", clue.Parameters, StringComparison.Ordinal);
        Assert.Equal([first.Id, third.Id], clue.Evidence.OrderBy(e => e.SourceRecordId).Select(e => e.RunId));
        Assert.All(clue.Evidence, e => Assert.Equal(64, e.SnapshotHash.Length));
    }

    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task The_threshold_comes_from_legal_threshold_for_the_region_and_a_parameter_overrides_it(DataProvider provider)
    {
        var database = await GeneratedDatabase.EmptyAsync(provider);
        await ImportAsync(database, "legal_threshold",
            """{"source_agency":"SPP","source_record_id":"T-1","topic":"盗窃-数额较大","region_prefix":"43","value":"2000","unit":"元","valid_from":"2013-07-09","legal_source":"湘高法/湘检 2013"}""",
            """{"source_agency":"SPP","source_record_id":"T-2","topic":"盗窃-数额较大","region_prefix":"11","value":"1000","unit":"元","valid_from":"2013-04-04","legal_source":"京高法 2013"}""");
        await ImportAsync(database, "admin_penalty",
            """{"source_agency":"PSB","source_record_id":"P-1","agency_kind":"PSB","decision_no":"1","person_id_number":"430281199001011233","violation_type":"盗窃","penalty_types":"FINE","involved_value":"1500.00","violation_date":"2025-03-01","decision_date":"2025-03-05"}""");
        var runner = new ModelRunner(database.Options);

        var hunan = await runner.MatchAsync(M01Request());
        var elsewhere = await runner.MatchAsync(M01Request() with { RegionCode = "110105" });
        var overridden = await runner.MatchAsync(M01Request(("theftLarge", "1500")));

        Assert.Empty(hunan);
        Assert.Equal("430281199001011233", Assert.Single(elsewhere).SubjectKey);
        Assert.Equal("M01-a1", Assert.Single(overridden).RuleIds);
    }

    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task An_unknown_model_an_unknown_parameter_and_a_bad_value_are_errors_naming_them_and_store_no_run(DataProvider provider)
    {
        var database = await GeneratedDatabase.EmptyAsync(provider);
        var runner = new ModelRunner(database.Options);

        var model = await Assert.ThrowsAsync<UnknownModelException>(() => runner.RunAsync(Request("M99")));
        var parameter = await Assert.ThrowsAsync<UnknownParameterException>(() => runner.RunAsync(Request("M13", ("noticeDays", "3"))));
        var type = await Assert.ThrowsAsync<InvalidParameterValueException>(() => runner.RunAsync(Request("M13", ("movableNoticeDays", "ten"))));
        var range = await Assert.ThrowsAsync<InvalidParameterValueException>(() => runner.RunAsync(Request("M13", ("startPriceRatio", "1.5"))));
        var missing = await Assert.ThrowsAsync<MissingThresholdException>(() => runner.RunAsync(Request("M01")));

        Assert.Equal("Unknown supervision model 'M99'; see `hub models list`.", model.Message);
        Assert.Equal("Model M13 has no parameter 'noticeDays'; its parameters are: movableNoticeDays, otherNoticeDays, startPriceRatio, secondRoundRatio, futileNotices, terminatedStatuses, saleCoverRatio, requiredDisclosures.", parameter.Message);
        Assert.Equal("Model M13, parameter 'movableNoticeDays': 'ten' is not a whole number.", type.Message);
        Assert.Equal("Model M13, parameter 'startPriceRatio': '1.5' is not a number from 0 to 1.", range.Message);
        Assert.Equal("Model M01, parameter 'theftLarge': no legal_threshold row for topic '盗窃-数额较大' applies to region 430281 on 2025-06-30; import one or pass --param theftLarge=VALUE.", missing.Message);
        await using var store = SupervisionContext.Create(database.Options);
        Assert.Equal(0, await store.Runs.CountAsync());
    }

    [Fact]
    public async Task A_second_concurrent_run_of_a_model_is_refused_recorded_as_failed_and_stores_nothing()
    {
        var database = await GeneratedDatabase.EmptyAsync(DataProvider.Postgres);
        await ImportAsync(database, "judicial_auction", Auction(1));
        await using var holder = new NpgsqlConnection(database.Options.ResolveConnectionString());
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", holder, transaction))
        {
            command.Parameters.AddWithValue("key", ModelRunner.LockKey("M13"));
            await command.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<ModelAlreadyRunningException>(() => new ModelRunner(database.Options).RunAsync(Request("M13")));
        await transaction.RollbackAsync();
        var after = await new ModelRunner(database.Options).RunAsync(Request("M13"));

        Assert.Equal("Model M13 is already being run by another process; try again when that run has finished.", refused.Message);
        await using var store = SupervisionContext.Create(database.Options);
        var runs = await store.Runs.OrderBy(r => r.StartedAt).Select(r => new { r.Outcome, r.FailureReason, r.CluesCreated }).ToListAsync();
        Assert.Equal([(RunOutcome.Failed, refused.Message, 0), (RunOutcome.Succeeded, (string?)null, 1)], runs.Select(r => (r.Outcome, r.FailureReason, r.CluesCreated)));
        Assert.Equal(after.Id, (await store.Clues.SingleAsync()).RunId);
    }

    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task A_run_that_fails_while_storing_leaves_no_partial_clue_and_is_recorded_as_failed(DataProvider provider)
    {
        var database = await GeneratedDatabase.EmptyAsync(provider);
        await ImportAsync(database, "judicial_auction", Auction(1), Auction(2));
        await using (var store = SupervisionContext.Create(database.Options))
        {
            // A clue number the run will want for its second clue: storing collides with it, after the first clue is written.
            var blocker = new ModelRun { Id = Guid.NewGuid(), ModelId = "M00", Parameters = "{}", RegionCode = "", StartedBy = "test", Outcome = RunOutcome.Succeeded };
            store.Runs.Add(blocker);
            await store.SaveChangesAsync();
            store.Clues.Add(new Clue { Id = Guid.NewGuid(), ClueNo = "M13-2025-00002", ModelId = "M00", RunId = blocker.Id, DedupeKey = new string('0', 64) });
            await store.SaveChangesAsync();
        }

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => new ModelRunner(database.Options).RunAsync(Request("M13")));

        await using var check = SupervisionContext.Create(database.Options);
        Assert.Equal(0, await check.Clues.CountAsync(c => c.ModelId == "M13"));
        Assert.Equal(0, await check.Evidence.CountAsync());
        var failed = await check.Runs.SingleAsync(r => r.ModelId == "M13");
        Assert.Equal((RunOutcome.Failed, 0), (failed.Outcome, failed.CluesCreated));
        Assert.False(string.IsNullOrEmpty(failed.FailureReason));
        Assert.NotNull(failed.EndedAt);
    }

    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task A_run_left_running_by_a_killed_process_is_recorded_as_interrupted_by_the_next_run_and_a_sealed_row_is_never_a_hit(DataProvider provider)
    {
        var database = await GeneratedDatabase.EmptyAsync(provider);
        await ImportAsync(database, "admin_penalty",
            """{"source_agency":"PSB","source_record_id":"P-SEALED","agency_kind":"PSB","decision_no":"1","person_id_number":"430281200901011234","violation_type":"盗窃","penalty_types":"FINE","involved_value":"5000.00","violation_date":"2025-03-01","decision_date":"2025-03-05","sealed":true}""");
        var killed = new ModelRun { Id = Guid.NewGuid(), ModelId = "M01", Parameters = "{}", RegionCode = "430281", StartedBy = "test", StartedAt = DateTimeOffset.UtcNow.AddHours(-1), Outcome = RunOutcome.Running };
        await using (var store = SupervisionContext.Create(database.Options))
        {
            store.Runs.Add(killed);
            await store.SaveChangesAsync();
        }

        var next = await new ModelRunner(database.Options).RunAsync(M01Request(("theftLarge", "2000")));

        await using var check = SupervisionContext.Create(database.Options);
        var interrupted = await check.Runs.SingleAsync(r => r.Id == killed.Id);
        Assert.Equal((RunOutcome.Failed, "Interrupted: the process ended before the run finished."), (interrupted.Outcome, interrupted.FailureReason));
        Assert.Equal((RunOutcome.Succeeded, 0L, 0), (next.Outcome, next.RowsRead, next.CluesCreated));
        Assert.Equal(0, await check.Clues.CountAsync());
    }

    /// <summary>
    /// An M01 request with the pollution thresholds given, since these tests import no legal_threshold rows for them.
    /// </summary>
    private static RunRequest M01Request(params (string Name, string Value)[] parameters) => Request("M01",
        [("hazardousWasteTonnes", "3"), ("heavyMetalExceedMultiple", "3"), ("otherMetalExceedMultiple", "10"), ("repeatPenalties", "2"), .. parameters]);

    private static RunRequest Request(string modelId, params (string Name, string Value)[] parameters) =>
        new(modelId, s_asOf, RunRequest.DefaultRegion, parameters.ToDictionary(p => p.Name, p => p.Value), "test");

    /// <summary>A first-round auction of movables starting at half the appraisal: an M13-R2 hit.</summary>
    private static string Auction(int n) =>
        $$"""{"source_agency":"COURT","source_record_id":"A-{{n}}","auction_id":"PM-{{n}}","platform":"阿里","court_code":"湘0281","enforcement_case_no":"{{n}}","asset_type":"动产","appraisal_value":"1000.00","start_price":"500.00","round":"一拍","announce_date":"2025-01-01","bid_start":"2025-01-20","status":"成交","disclosures":"执行依据|评估报告|瑕疵|优先购买权人|税费承担"}""";

    private static async Task ImportAsync(HubDatabase database, string dataSet, params string[] lines)
    {
        var file = Path.Combine(Path.GetTempPath(), $"hub-supervision-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(file, lines);
        await using var rejects = new RejectReport(file + ".rejects.csv");
        var summary = await database.CreateImporter().ImportAsync(dataSet, file, rejects);
        Assert.Equal(0L, summary.Rejected);
    }
}
