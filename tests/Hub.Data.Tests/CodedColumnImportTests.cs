using Hub.Data.Hosting;
using Hub.Data.Import;
using Hub.Data.Model.Judicial;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Tests;

/// <summary>A coded column (<c>[CodedColumn]</c>) takes only the values of its code list; any other value rejects its row, naming the list.</summary>
public sealed class CodedColumnImportTests
{
    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task A_value_outside_the_code_list_rejects_its_row_and_names_the_allowed_values(DataProvider provider)
    {
        var folder = TestDatabases.TempFolder();
        var file = Path.Combine(folder, "criminal_judgment.csv");
        await File.WriteAllLinesAsync(file,
        [
            "source_agency,source_record_id,court_case_no,defendant_id_number,charges,verdict,judgment_date",
            "COURT,J-1,(2024)湘0281刑初1号,11010519491231002X,盗窃罪,有罪,2024-03-01",
            "COURT,J-2,(2024)湘0281刑初2号,11010519491231002X,盗窃罪,guilty,2024-03-02",
            "COURT,J-3,(2024)湘0281刑初3号,11010519491231002X,盗窃罪,有罪 ,2024-03-03",
            "COURT,J-4,(2024)湘0281刑初4号,11010519491231002X,盗窃罪,免予刑事处罚,2024-03-04",
        ]);
        var database = await TestDatabases.CreateAsync(provider);
        await using var rejects = new RejectReport(file + ".rejects.csv");
        var summary = await database.CreateImporter().ImportAsync("criminal_judgment", file, rejects);

        Assert.Equal((2L, 2L), (summary.Inserted, summary.Rejected));
        Assert.Equal(
            [
                (3L, "verdict", "unknown value 'guilty' (expected one of 有罪, 免予刑事处罚, 无罪)"),
                (4L, "verdict", "unknown value '有罪 ' (expected one of 有罪, 免予刑事处罚, 无罪)"),
            ],
            rejects.Entries.Select(e => (e.Line, e.Column, e.Reason)));
        await using var context = database.CreateContext();
        Assert.Equal(["有罪", "免予刑事处罚"], await context.Set<CriminalJudgment>().OrderBy(j => j.SourceRecordId).Select(j => j.Verdict).ToListAsync());
    }

    [Fact]
    public async Task A_case_party_role_outside_its_code_list_is_rejected()
    {
        var folder = TestDatabases.TempFolder();
        var file = Path.Combine(folder, "case_party.csv");
        await File.WriteAllLinesAsync(file,
        [
            "source_agency,source_record_id,spp_case_id,role,id_number,name",
            "SPP,CP-1,SPP-2025-0001,被害人近亲属,11010519491231002X,刘红",
            "SPP,CP-2,SPP-2025-0001,证人,11010519491231002X,刘红",
        ]);
        var database = await TestDatabases.CreateAsync(DataProvider.Sqlite);
        await using var rejects = new RejectReport(file + ".rejects.csv");
        var summary = await database.CreateImporter().ImportAsync("case_party", file, rejects);

        Assert.Equal((1L, 1L), (summary.Inserted, summary.Rejected));
        Assert.Equal([(3L, "role", "unknown value '证人' (expected one of 犯罪嫌疑人, 被害人, 被害人近亲属)")], rejects.Entries.Select(e => (e.Line, e.Column, e.Reason)));
    }
}
