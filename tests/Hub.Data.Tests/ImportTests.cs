using Hub.Data.Generation;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Hub.Data.Keys;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Tests;

public sealed class ImportTests
{
    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task A_malformed_file_reports_every_bad_row_keeps_every_good_row_and_a_second_run_changes_nothing(DataProvider provider)
    {
        var folder = TestDatabases.TempFolder();
        var truth = ScenarioGenerator.Generate(new GeneratorOptions(1, 7, folder));
        var file = Path.Combine(folder, "staffing_roster.csv");
        var planted = truth.BadRows.Where(b => b.File == "staffing_roster.csv").ToArray();
        var database = await TestDatabases.CreateAsync(provider);
        var importer = database.CreateImporter(batchSize: 5_000);

        await using var first = new RejectReport(file + ".1.csv");
        var summary = await importer.ImportAsync("staffing_roster", file, first);

        var reported = first.Entries.Where(e => !e.Kept).Select(e => (e.Line, Kind(e.Reason))).Order().ToArray();
        Assert.Equal(planted.Select(b => (b.Line, b.Reason)).Order().ToArray(), reported);
        var goodRows = File.ReadLines(file).Count() - 1 - planted.Length;
        Assert.Equal(goodRows, summary.Inserted);
        await using (var context = database.CreateContext())
        {
            Assert.Equal(goodRows, await context.Set<Model.Administrative.StaffRosterEntry>().CountAsync());
            Assert.Equal(goodRows, await context.Persons.CountAsync());
        }

        await using var second = new RejectReport(file + ".2.csv");
        var again = await importer.ImportAsync("staffing_roster", file, second);
        Assert.Equal((0L, 0L, (long)goodRows), (again.Inserted, again.Updated, again.Unchanged));
    }

    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task Rows_round_trip_through_the_model_with_key_quality_and_provenance(DataProvider provider)
    {
        var folder = TestDatabases.TempFolder();
        var file = Path.Combine(folder, "admin_penalty.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"source_agency":"PSB","source_record_id":"P-1","agency_kind":"PSB","decision_no":"醴公罚〔2024〕1号","person_id_number":"11010519491231002x","violation_type":"盗窃","penalty_types":"FINE","fine_amount":500.5,"involved_value":"2100.00","decision_date":"2024-03-05","sealed":true,"sensitivity_level":"L5"}""",
            """{"source_agency":"ECO","source_record_id":"E-1","agency_kind":"ECO","decision_no":"株环罚〔2024〕1号","entity_uscc":"91310115MA1H8R7C6D","violation_type":"超标排放","penalty_types":"FINE","exceed_multiple":3.25,"decision_date":"2024-04-01"}""",
        ]);
        var database = await TestDatabases.CreateAsync(provider);
        await using var rejects = new RejectReport(file + ".rejects.csv");
        var summary = await database.CreateImporter().ImportAsync("admin_penalty", file, rejects);

        Assert.Equal((2L, 0L, 1L), (summary.Inserted, summary.Rejected, summary.Flagged));
        var flagged = Assert.Single(rejects.Entries);
        Assert.Equal((2L, "entity_uscc", true), (flagged.Line, flagged.Column, flagged.Kept));
        await using var context = database.CreateContext();
        var rows = await context.Set<Model.Enforcement.AdministrativePenalty>().OrderBy(p => p.SourceRecordId).ToListAsync();
        var eco = rows[0];
        var psb = rows[1];
        Assert.Equal(("11010519491231002X", KeyQuality.Repaired, KeyQuality.Missing), (psb.PersonIdNumber, psb.PersonIdNumberQuality, psb.EntityUsccQuality));
        Assert.Equal((500.5m, 2100m, new DateOnly(2024, 3, 5), true, Model.SensitivityLevel.L5), (psb.FineAmount, psb.InvolvedValue, psb.DecisionDate, psb.Sealed, psb.SensitivityLevel));
        Assert.Equal(("91310115MA1H8R7C6D", KeyQuality.Invalid, 3.25m, Model.SensitivityLevel.L4), (eco.EntityUscc, eco.EntityUsccQuality, eco.ExceedMultiple, eco.SensitivityLevel));
        Assert.True(psb.IngestedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
        var person = await context.Persons.SingleAsync();
        Assert.Equal((new DateOnly(1949, 12, 31), "F", "110105"), (person.BirthDate, person.Sex, person.RegionCode));
        Assert.Empty(await context.Organizations.ToListAsync());
    }

    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task A_value_the_database_cannot_hold_exactly_is_rejected_and_one_it_can_is_stored_exactly(DataProvider provider)
    {
        var folder = TestDatabases.TempFolder();
        var file = Path.Combine(folder, "admin_penalty.csv");
        const string header = "source_agency,source_record_id,agency_kind,decision_no,violation_type,penalty_types,decision_date,fine_amount,hazardous_waste_tonnes,entity_uscc";
        await File.WriteAllLinesAsync(file,
        [
            header,
            "ECO,E-1,ECO,株环罚〔2024〕1号,非法处置危险废物,FINE,2024-04-01,1000.50,2.125,",
            "ECO,E-2,ECO,株环罚〔2024〕2号,非法处置危险废物,FINE,2024-04-02,123.456,1,",
            "ECO,E-3,ECO,株环罚〔2024〕3号,非法处置危险废物,FINE,2024-04-03,12345678901234567.00,1,",
            "ECO,E-4,ECO,株环罚〔2024〕4号,非法处置危险废物,FINE,2024-04-04,1.10,0.0005,",
            "ECO,E-5,ECO,株环罚〔2024〕5号,非法处置\0危险废物,FINE,2024-04-05,1.10,1,",
            "ECO,E-6,ECO,株环罚〔2024〕6号,非法处置危险废物,FINE,2024-04-06,1.10,1," + new string('9', 40),
        ]);
        var database = await TestDatabases.CreateAsync(provider);
        await using var rejects = new RejectReport(file + ".rejects.csv");
        var summary = await database.CreateImporter().ImportAsync("admin_penalty", file, rejects);

        Assert.Equal((1L, 5L), (summary.Inserted, summary.Rejected));
        Assert.Equal(
            [
                (3L, "fine_amount", "bad number '123.456': more than 2 decimal places"),
                (4L, "fine_amount", "number '12345678901234567.00' out of range: at most 16 digits before the decimal point"),
                (5L, "hazardous_waste_tonnes", "bad number '0.0005': more than 3 decimal places"),
                (6L, "violation_type", "NUL character (U+0000) at position 5"),
                (7L, "entity_uscc", "value too long: 40 characters, at most 32"),
            ],
            rejects.Entries.Select(e => (e.Line, e.Column, e.Reason)));
        await using var context = database.CreateContext();
        var stored = await context.Set<Model.Enforcement.AdministrativePenalty>().SingleAsync();
        Assert.Equal((1000.50m, 2.125m), (stored.FineAmount, stored.HazardousWasteTonnes));
    }

    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task A_batch_that_starts_new_but_meets_stored_rows_is_merged_and_counted_row_by_row(DataProvider provider)
    {
        var folder = TestDatabases.TempFolder();
        var known = Person("11010519491231002");
        var fresh = Person("43028119900101123");
        var database = await TestDatabases.CreateAsync(provider);
        var importer = database.CreateImporter();
        await ImportAsync(importer, folder, "first", [Penalty("P-2", known, 100), Penalty("P-3", known, 200)]);

        // P-1 is new, so PostgreSQL first tries a direct copy of the batch; P-2 and P-3 are stored, so it merges instead.
        var second = await ImportAsync(importer, folder, "second", [Penalty("P-1", fresh, 50), Penalty("P-2", known, 100), Penalty("P-3", known, 250), Penalty("P-4", fresh, 75)]);

        Assert.Equal((2L, 1L, 1L), (second.Inserted, second.Updated, second.Unchanged));
        await using var context = database.CreateContext();
        var fines = await context.Set<Model.Enforcement.AdministrativePenalty>().OrderBy(p => p.SourceRecordId).Select(p => p.FineAmount).ToListAsync();
        Assert.Equal([50m, 100m, 250m, 75m], fines.Select(f => f!.Value));
        Assert.Equal([known, fresh], (await context.Persons.Select(p => p.IdNumber).ToListAsync()).Order());
    }

    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task A_huge_unknown_column_name_is_reported_cut_short(DataProvider provider)
    {
        var folder = TestDatabases.TempFolder();
        var name = new string('x', 1_000_000);
        var database = await TestDatabases.CreateAsync(provider);
        var importer = database.CreateImporter();
        var csv = Path.Combine(folder, "admin_penalty.csv");
        await File.WriteAllLinesAsync(csv, [name + ",source_record_id", "a,b"]);

        var jsonLines = await ImportAsync(importer, folder, "huge", [$$"""{"source_agency":"PSB","{{name}}":1}"""]);
        var header = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await using var rejects = new RejectReport(csv + ".rejects.csv");
            await importer.ImportAsync("admin_penalty", csv, rejects);
        });

        var cut = new string('x', ReportedText.MaxLength - "unknown column '".Length);
        Assert.Equal(1L, jsonLines.Rejected);
        Assert.Equal($"unknown column '{cut}…", Assert.Single(await File.ReadAllLinesAsync(Path.Combine(folder, "huge.jsonl.rejects.csv")), l => l.Contains("unknown column", StringComparison.Ordinal)).Split(',')[3]);
        Assert.Equal($"{csv}: Unknown column '{new string('x', ReportedText.MaxLength)}…' (column 1) for data set 'admin_penalty'.", header.Message);
    }

    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task A_field_over_the_configured_maximum_length_rejects_its_row(DataProvider provider)
    {
        var folder = TestDatabases.TempFolder();
        var database = await TestDatabases.CreateAsync(provider);
        var importer = database.CreateImporter(maxFieldLength: 20);
        var file = Path.Combine(folder, "lengths.jsonl");
        await File.WriteAllLinesAsync(file, [Penalty("P-1", Person("11010519491231002"), 100), Penalty("P-22222222222222222", Person("11010519491231002"), 100)]);
        await using var rejects = new RejectReport(file + ".rejects.csv");

        var summary = await importer.ImportAsync("admin_penalty", file, rejects);

        Assert.Equal((1L, 1L), (summary.Inserted, summary.Rejected));
        // The second row's decision number, "D-P-22222222222222222", is 21 characters.
        Assert.Equal((2L, "decision_no", "field too long: 21 characters, at most 20"), rejects.Entries.Select(e => (e.Line, e.Column, e.Reason)).Single());
    }

    [Fact]
    public async Task A_PostgreSQL_import_analyses_the_tables_it_wrote_so_the_planner_knows_their_rows()
    {
        var folder = TestDatabases.TempFolder();
        var database = await TestDatabases.CreateAsync(DataProvider.Postgres);
        var importer = database.CreateImporter();

        await ImportAsync(importer, folder, "first", [Penalty("A-1", Person("11010519491231002"), 100)]);
        Assert.Equal([("admin_penalty", 1), ("person", 1)], await AnalysedAsync(database));

        // The second file merges into a table that holds rows: the other path of the import.
        await ImportAsync(importer, folder, "second", [Penalty("A-2", Person("11010519500101003"), 200), Penalty("A-3", Person("11010519500101004"), 300)]);
        Assert.Equal([("admin_penalty", 3), ("person", 3)], await AnalysedAsync(database));
    }

    /// <summary>The tables with planner statistics (only ANALYZE writes <c>pg_stats</c>) and the row count they record.</summary>
    private static async Task<(string Table, int Rows)[]> AnalysedAsync(HubDatabase database)
    {
        await using var context = database.CreateContext();
        var rows = await context.Database.SqlQueryRaw<AnalysedTable>("""
            SELECT c.relname AS "Table", c.reltuples::int AS "Rows" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND EXISTS (SELECT 1 FROM pg_stats s WHERE s.schemaname = n.nspname AND s.tablename = c.relname)
            """).ToListAsync();
        return rows.OrderBy(r => r.Table, StringComparer.Ordinal).Select(r => (r.Table, r.Rows)).ToArray();
    }

    private sealed record AnalysedTable(string Table, int Rows);

    private static string Person(string first17) => first17 + CitizenIdNumber.CheckCharacter(first17);

    private static string Penalty(string id, string person, int fine) =>
        $$"""{"source_agency":"PSB","source_record_id":"{{id}}","agency_kind":"PSB","decision_no":"D-{{id}}","person_id_number":"{{person}}","violation_type":"赌博","penalty_types":"FINE","fine_amount":{{fine}},"decision_date":"2024-05-01"}""";

    private static async Task<ImportSummary> ImportAsync(DataImporter importer, string folder, string name, string[] lines)
    {
        var file = Path.Combine(folder, name + ".jsonl");
        await File.WriteAllLinesAsync(file, lines);
        await using var rejects = new RejectReport(file + ".rejects.csv");
        return await importer.ImportAsync("admin_penalty", file, rejects);
    }

    private static string Kind(string reason) => reason switch
    {
        _ when reason.StartsWith("bad checksum", StringComparison.Ordinal) => "bad checksum",
        _ when reason.StartsWith("bad date", StringComparison.Ordinal) => "bad date",
        _ when reason.StartsWith("wrong column count", StringComparison.Ordinal) => "wrong column count",
        _ when reason.StartsWith("invalid UTF-8", StringComparison.Ordinal) => "invalid UTF-8",
        _ when reason.StartsWith("duplicate within the file", StringComparison.Ordinal) => "duplicate within the file",
        _ => reason,
    };
}
