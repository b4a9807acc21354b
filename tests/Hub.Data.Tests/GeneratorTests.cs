using Hub.Data.Generation;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Tests;

public sealed class GeneratorTests
{
    [Fact]
    public void The_same_seed_gives_identical_files_and_another_seed_does_not()
    {
        var a = TestDatabases.TempFolder();
        var b = TestDatabases.TempFolder();
        var c = TestDatabases.TempFolder();
        ScenarioGenerator.Generate(new GeneratorOptions(1, 42, a));
        ScenarioGenerator.Generate(new GeneratorOptions(1, 42, b));
        ScenarioGenerator.Generate(new GeneratorOptions(1, 43, c));
        var files = Directory.GetFiles(a).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(files, Directory.GetFiles(b).Select(Path.GetFileName).Order().ToArray());
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(a, f!)), File.ReadAllBytes(Path.Combine(b, f!))));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, "admin_penalty.csv")), File.ReadAllBytes(Path.Combine(c, "admin_penalty.csv")));
    }

    [Fact]
    public async Task At_scale_1_the_imported_data_reproduces_the_seed_figures_and_the_manifest()
    {
        var folder = TestDatabases.TempFolder();
        var truth = ScenarioGenerator.Generate(new GeneratorOptions(1, 5, folder));
        var database = await TestDatabases.CreateAsync(DataProvider.Sqlite);
        var importer = database.CreateImporter();
        await using var rejects = new RejectReport(Path.Combine(folder, "rejects.csv"));
        foreach (var (dataSet, path) in DataFolder.Files(folder))
        {
            await importer.ImportAsync(dataSet, path, rejects);
        }

        Assert.Equal(truth.BadRows.Count, rejects.Entries.Count(e => !e.Kept));
        Assert.Equal((8168m, 13565m, 59m, 13m, 6m), (truth.Figures["m05.population"], truth.Figures["m05.staff"], truth.Figures["m05.overlap"], truth.Figures["m05.unsanctioned"], truth.Figures["m05.unsanctionedInEducation"]));
        Assert.InRange(truth.Figures["m04.estimatedTaxOwed"], 250_000m, 260_000m);
        Assert.Equal(
            ["M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M11", "M12", "M13", "M14", "M15"],
            truth.Models.Keys);
        // Subjects, evidence records and near-misses per model; M09's complaints per compound are random (5–8).
        Assert.Equal([19, 14, 54, 15, 13, 4, 14, 3, 3, 6, 22, 6, 15, 9, 6], truth.Models.Values.Select(m => m.Subjects.Count));
        Assert.Equal([25, 9, 17, 205, 46, 4, 19, 5, 4, 9, 13, 5, 21, 10, 4], truth.Models.Values.Select(m => m.NearMisses.Count));
        Assert.Equal([19, 16, 54, 15, 26, 10, 19, 6, 15, 28, 14, 17, 22, 36], truth.Models.Where(m => m.Key != "M09").Select(m => m.Value.Records.Count));
        Assert.InRange(truth.Models["M09"].Records.Count, 15, 24);
        Assert.All(truth.Models.Values, m => Assert.Empty(m.Subjects.Intersect(m.NearMisses)));
        Assert.All(truth.Models.Values, m => Assert.Equal(m.Subjects.Count, m.Subjects.Distinct().Count()));

        await using var context = database.CreateContext();
        var population = await Scalar(context, """
            SELECT count(DISTINCT id) FROM (
              SELECT defendant_id_number AS id FROM criminal_judgment WHERE verdict IN ('有罪','免予刑事处罚') AND effective_date >= '2014-01-01'
              UNION SELECT person_id_number FROM non_prosecution WHERE np_type = 'DISCRETIONARY' AND decision_date >= '2014-01-01')
            """);
        Assert.Equal(8168, population);

        // Every suspended sentence has a probation of at least its term and a year, at most five years.
        Assert.Equal(0, await Scalar(context, """
            SELECT count(*) FROM criminal_judgment WHERE suspended
              AND (probation_months IS NULL OR probation_months < 12 OR probation_months < term_months OR probation_months > 60)
            """));
        Assert.InRange(await Scalar(context, "SELECT count(*) FROM criminal_judgment WHERE suspended AND probation_months IS NOT NULL"), 1000, 10_000);
        Assert.Equal(13565, await Scalar(context, "SELECT count(DISTINCT id_number) FROM staffing_roster WHERE source_record_id NOT LIKE 'BAD-%'"));
        var unsanctioned = await Column(context, """
            SELECT s.id_number FROM staffing_roster s
            WHERE s.id_number IN (SELECT defendant_id_number FROM criminal_judgment WHERE verdict IN ('有罪','免予刑事处罚')
                                  UNION SELECT person_id_number FROM non_prosecution WHERE np_type = 'DISCRETIONARY')
              AND NOT EXISTS (SELECT 1 FROM discipline_sanction d WHERE d.id_number = s.id_number)
            """);
        Assert.Equal(truth.Models["M05"].Subjects.Order(), unsanctioned.Order());
        Assert.Equal(6, await Scalar(context, $"SELECT count(*) FROM staffing_roster WHERE sector = '教育' AND id_number IN ({string.Join(',', unsanctioned.Select(i => $"'{i}'"))})"));
        var untaxed = await Column(context, """
            SELECT DISTINCT p.entity_uscc FROM admin_penalty p
            WHERE p.agency_kind = 'ECO' AND p.violation_type IN ('超标排放','扬尘')
              AND NOT EXISTS (SELECT 1 FROM env_tax_declaration t WHERE t.entity_uscc = p.entity_uscc
                AND t.tax_period = strftime('%Y', p.violation_period_from) || 'Q' || ((CAST(strftime('%m', p.violation_period_from) AS INTEGER) + 2) / 3))
            UNION
            SELECT p.entity_uscc FROM discharge_permit p
            JOIN (SELECT '2024Q2' AS q, '2024-04-01' AS f, '2024-06-30' AS l UNION ALL SELECT '2024Q3', '2024-07-01', '2024-09-30'
                  UNION ALL SELECT '2024Q4', '2024-10-01', '2024-12-31' UNION ALL SELECT '2025Q1', '2025-01-01', '2025-03-31') due
              ON p.valid_from <= due.l AND (p.valid_to IS NULL OR p.valid_to >= due.f)
            WHERE p.status = '有效' AND NOT EXISTS (SELECT 1 FROM env_tax_declaration t WHERE t.entity_uscc = p.entity_uscc AND t.tax_period = due.q)
            UNION
            SELECT h.resolved_uscc FROM lake_hit h WHERE h.model_id = 'M04' AND CAST(h.resolution_confidence AS REAL) >= 0.8
              AND NOT EXISTS (SELECT 1 FROM env_tax_declaration t WHERE t.entity_uscc = h.resolved_uscc
                AND t.tax_period = strftime('%Y', h.hit_date) || 'Q' || ((CAST(strftime('%m', h.hit_date) AS INTEGER) + 2) / 3))
            """);
        Assert.Equal(truth.Models["M04"].Subjects.Order(), untaxed.Order());
        var theft = await Column(context, """
            SELECT DISTINCT p.person_id_number FROM admin_penalty p WHERE p.violation_type = '盗窃' AND p.sealed = 0
              AND NOT EXISTS (SELECT 1 FROM case_intake c WHERE c.case_kind = '刑事' AND c.suspect_id_number = p.person_id_number)
              AND (CAST(p.involved_value AS REAL) >= 2000 OR p.circumstance_flags IN ('入户', '携带凶器', '扒窃')
                OR (CAST(p.involved_value AS REAL) >= 1000 AND EXISTS (SELECT 1 FROM admin_penalty q WHERE q.violation_type = '盗窃'
                  AND q.person_id_number = p.person_id_number AND q.decision_date >= date(p.violation_date, '-1 year') AND q.decision_date < p.violation_date))
                OR (SELECT count(*) FROM admin_penalty q WHERE q.violation_type = '盗窃' AND q.person_id_number = p.person_id_number
                  AND q.violation_date BETWEEN date(p.violation_date, '-2 years') AND p.violation_date) >= 3)
            """);
        var pollution = await Column(context, """
            SELECT p.entity_uscc FROM admin_penalty p WHERE p.agency_kind = 'ECO'
              AND NOT EXISTS (SELECT 1 FROM transfer_record r WHERE r.admin_decision_no = p.decision_no)
              AND (CAST(p.hazardous_waste_tonnes AS REAL) >= 3 OR (p.pollutant = '铅' AND CAST(p.exceed_multiple AS REAL) >= 3) OR p.method = '暗管'
                OR (p.violation_type = '有毒物质' AND (SELECT count(*) FROM admin_penalty q WHERE q.entity_uscc = p.entity_uscc AND q.violation_type = '有毒物质'
                  AND q.decision_date >= date(p.violation_period_from, '-2 years') AND q.decision_date < p.violation_period_from) >= 2))
            """);
        Assert.Equal(truth.Models["M01"].Subjects.Order(), theft.Concat(pollution).Order());
        var ebikeCompounds = await Column(context, """
            SELECT h.resolved_address FROM lake_hit h
            JOIN hotline_ticket t ON t.source_agency = h.text_agency AND t.source_record_id = h.text_record_id
            WHERE h.model_id = 'M09' AND t.reply NOT LIKE '%已整改%'
            GROUP BY h.resolved_address HAVING count(*) >= 5
            """);
        Assert.Equal(3, truth.Models["M09"].Subjects.Count);
        Assert.Equal(truth.Models["M09"].Subjects.Order(), ebikeCompounds.Order());
        await AssertStatedRulesFindThePlantedSubjectsAsync(context, truth);
    }

    [Fact]
    public async Task At_scale_3_with_another_seed_the_stated_rules_still_find_exactly_the_planted_subjects()
    {
        var folder = TestDatabases.TempFolder();
        var truth = ScenarioGenerator.Generate(new GeneratorOptions(3, 21, folder, BadRows: false));
        var database = await TestDatabases.CreateAsync(DataProvider.Sqlite);
        var importer = database.CreateImporter();
        await using var rejects = new RejectReport(Path.Combine(folder, "rejects.csv"));
        string[] needed = ["hotline_ticket", "police_dispatch", "dv_warning", "drug_rehab_decision", "criminal_judgment", "custody_in_out", "hr_wage_complaint",
            "hr_pay_order", "benefit_payment", "death_registry", "edu_school", "lake_hit", "admin_penalty", "case_intake", "disability_registry", "protection_order"];
        foreach (var (dataSet, path) in DataFolder.Files(folder).Where(f => needed.Contains(f.DataSet)))
        {
            await importer.ImportAsync(dataSet, path, rejects);
        }

        Assert.Equal([9, 18, 18, 27, 18], new[] { "M08", "M10", "M12", "M14", "M15" }.Select(m => truth.Models[m].Subjects.Count));
        await using var context = database.CreateContext();
        await AssertStatedRulesFindThePlantedSubjectsAsync(context, truth);
    }

    /// <summary>The rules the new scenarios' doc comments state, written as SQL (M08 in C#): they find exactly the planted subjects.</summary>
    private static async Task AssertStatedRulesFindThePlantedSubjectsAsync(HubDataContext context, GroundTruth truth)
    {
        var repeatedCalls = await Column(context, """
            WITH calls AS (
              SELECT respondent_id_number AS id, count(*) AS n, min(substr(received_at, 1, 10)) AS first FROM police_dispatch
              WHERE category IN ('家庭暴力','家庭纠纷') AND substr(received_at, 1, 10) BETWEEN '2024-06-30' AND '2025-06-30'
              GROUP BY respondent_id_number)
            SELECT id FROM calls c WHERE n >= 2
              AND NOT EXISTS (SELECT 1 FROM dv_warning w WHERE w.abuser_id_number = c.id AND w.issued_date >= c.first)
            UNION
            SELECT d.respondent_id_number FROM police_dispatch d JOIN protection_order o ON o.respondent_id_number = d.respondent_id_number
            WHERE d.category IN ('家庭暴力','家庭纠纷') AND substr(d.received_at, 1, 10) BETWEEN '2024-06-30' AND '2025-06-30'
              AND substr(d.received_at, 1, 10) > o.issued_date AND substr(d.received_at, 1, 10) <= o.valid_to
            UNION
            SELECT resolved_uscc FROM lake_hit WHERE model_id = 'M10' AND matched_terms = '性骚扰' AND CAST(resolution_confidence AS REAL) >= 0.8
              AND hit_date BETWEEN '2024-06-30' AND '2025-06-30'
            GROUP BY resolved_uscc HAVING count(*) >= 2
            """);
        Assert.Equal(truth.Models["M10"].Subjects.Order(), repeatedCalls.Order());
        var rehabNotResumed = await Column(context, """
            SELECT DISTINCT d.person_id_number FROM drug_rehab_decision d
            JOIN criminal_judgment j ON j.defendant_id_number = d.person_id_number
              AND j.effective_date BETWEEN d.decision_date AND date(d.decision_date, '+24 months')
            JOIN custody_in_out r ON r.person_id_number = d.person_id_number AND r.out_reason = '刑满释放'
              AND r.out_date > j.effective_date AND r.out_date < date(d.decision_date, '+24 months')
            WHERE NOT EXISTS (SELECT 1 FROM custody_in_out i WHERE i.person_id_number = d.person_id_number
                                AND i.facility_type = '强制隔离戒毒所' AND i.in_date >= r.out_date)
            UNION
            SELECT person_id_number FROM drug_rehab_decision WHERE handover_date IS NULL AND decision_date < date('2025-06-30', '-30 days')
            UNION
            SELECT d.person_id_number FROM drug_rehab_decision d
            JOIN case_intake c ON c.case_kind = '刑事' AND c.suspect_id_number = d.person_id_number
              AND c.accepted_date BETWEEN d.decision_date AND date(d.decision_date, '+30 days')
            JOIN criminal_judgment j ON j.defendant_id_number = d.person_id_number AND j.verdict = '有罪' AND j.suspended = 0
              AND j.term_months <= 12 AND j.effective_date >= c.accepted_date AND j.effective_date <= '2025-06-30'
            """);
        Assert.Equal(truth.Models["M12"].Subjects.Order(), rehabNotResumed.Order());
        var unpaidWages = await Column(context, """
            SELECT o.employer_uscc FROM hr_pay_order o JOIN hr_wage_complaint c ON c.complaint_id = o.complaint_id
            WHERE o.complied = 0 AND o.deadline < '2025-06-30'
              AND ((c.months_unpaid >= 3 AND CAST(c.amount AS REAL) >= 6000) OR (c.workers_count >= 10 AND CAST(c.amount AS REAL) >= 40000))
            UNION
            SELECT h.resolved_uscc FROM lake_hit h
            JOIN hotline_ticket t ON t.source_agency = h.text_agency AND t.source_record_id = h.text_record_id
            WHERE h.model_id = 'M14' AND h.hit_date BETWEEN date('2025-06-30', '-365 days') AND '2025-06-30'
            GROUP BY h.resolved_uscc HAVING count(DISTINCT t.complainant_phone_hash) >= 3
            UNION
            SELECT c.complainant_id_number FROM hr_wage_complaint c
            WHERE c.complaint_id IN (SELECT complaint_id FROM hr_pay_order WHERE complied = 0 AND deadline < '2025-06-30')
              AND (substr(c.complainant_id_number, 7, 8) <= '19650630' OR c.complainant_id_number IN (SELECT id_number FROM disability_registry))
            """);
        Assert.Equal(truth.Models["M14"].Subjects.Order(), unpaidWages.Order());
        var improperPayments = await Column(context, """
            SELECT p.source_agency || '/' || p.source_record_id || '/' || p.id_number FROM benefit_payment p
            WHERE EXISTS (SELECT 1 FROM death_registry d WHERE d.id_number = p.id_number AND d.death_date < p.pay_month)
               OR EXISTS (SELECT 1 FROM custody_in_out c WHERE c.person_id_number = p.id_number AND c.in_reason = '执行刑罚'
                            AND c.in_date < p.pay_month AND (c.out_date IS NULL OR c.out_date >= date(p.pay_month, '+1 month')))
            """);
        Assert.Equal(truth.Models["M15"].Subjects.Order(), improperPayments.Select(p => p.Split('/')[2]).Distinct().Order());
        Assert.Equal(
            truth.Models["M15"].Records.Where(r => r.StartsWith("benefit_payment/", StringComparison.Ordinal)).Order(),
            improperPayments.Select(p => "benefit_payment/" + p[..p.LastIndexOf('/')]).Order());
        Assert.Equal(truth.Models["M08"].Subjects.Order(), await SchoolsWithFoodComplaintsAsync(context));
    }

    /// <summary>M08 as its scenario states it; the distance is computed here because SQLite has no cosine by default.</summary>
    private static async Task<IEnumerable<string>> SchoolsWithFoodComplaintsAsync(HubDataContext context)
    {
        static (double Lat, double Lon) Position(string geo) =>
            (double.Parse(geo.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(geo.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture));
        var schools = await context.Set<Model.Administrative.School>().ToListAsync();
        var from = new DateOnly(2025, 6, 30).AddDays(-90);
        var hits = await context.Set<Model.Lake.LakeHit>().Where(h => h.ModelId == "M08" && h.HitDate >= from).ToListAsync();
        var penalties = await context.Set<Model.Enforcement.AdministrativePenalty>().Where(p => p.AgencyKind == "MARKET").ToListAsync();
        return schools.Where(school =>
        {
            var (lat, lon) = Position(school.Geo!);
            var near = hits.Where(h =>
            {
                var (hitLat, hitLon) = Position(h.Geo!);
                return 111_320 * Math.Sqrt(Math.Pow(hitLat - lat, 2) + Math.Pow((hitLon - lon) * Math.Cos(lat * Math.PI / 180), 2)) <= 200;
            }).ToList();
            return (near.Count >= 2 || near.Any(h => h.MatchedTerms.Contains("腹泻", StringComparison.Ordinal)))
                && !penalties.Any(p => near.Any(h => h.ResolvedUscc == p.EntityUscc) && p.DecisionDate >= near.Min(h => h.HitDate));
        }).Select(s => s.SchoolId).Order();
    }

    [Fact]
    public async Task A_generated_json_lines_folder_imports_with_the_same_counts_as_the_csv_folder()
    {
        var csv = TestDatabases.TempFolder();
        var jsonl = TestDatabases.TempFolder();
        var csvTruth = ScenarioGenerator.Generate(new GeneratorOptions(1, 9, csv));
        var jsonlTruth = ScenarioGenerator.Generate(new GeneratorOptions(1, 9, jsonl, Format: DataFileFormat.JsonLines));
        Assert.All(Directory.GetFiles(jsonl, "*.jsonl"), f => Assert.StartsWith("{", File.ReadLines(f).First(), StringComparison.Ordinal));

        var fromCsv = await ImportFolderAsync(csv);
        var fromJsonl = await ImportFolderAsync(jsonl);

        Assert.Equal(fromCsv.Keys.Order(), fromJsonl.Keys.Order());
        Assert.All(fromCsv, pair => Assert.Equal(pair.Value, fromJsonl[pair.Key]));
        Assert.Equal(csvTruth.BadRows.Count, jsonlTruth.BadRows.Count);
        Assert.Equal(csvTruth.BadRows.Count, fromJsonl.Values.Sum(c => c.Rejected));
        Assert.Equal(
            csvTruth.Models.ToDictionary(m => m.Key, m => m.Value.Subjects.Order().ToArray()),
            jsonlTruth.Models.ToDictionary(m => m.Key, m => m.Value.Subjects.Order().ToArray()));
    }

    private static async Task<Dictionary<string, (long Read, long Inserted, long Rejected, long Flagged)>> ImportFolderAsync(string folder)
    {
        var database = await TestDatabases.CreateAsync(DataProvider.Postgres);
        var importer = database.CreateImporter();
        await using var rejects = new RejectReport(Path.Combine(folder, "import.rejects.csv"));
        var counts = new Dictionary<string, (long, long, long, long)>(StringComparer.Ordinal);
        foreach (var (dataSet, path) in DataFolder.Files(folder))
        {
            var summary = await importer.ImportAsync(dataSet, path, rejects);
            counts[dataSet] = (summary.Read, summary.Inserted, summary.Rejected, summary.Flagged);
        }

        return counts;
    }

    private static async Task<long> Scalar(HubDataContext context, string sql) =>
        (await Column(context, sql)).Select(long.Parse).Single();

    private static async Task<List<string>> Column(HubDataContext context, string sql)
    {
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        await connection.CloseAsync();
        return values;
    }
}
