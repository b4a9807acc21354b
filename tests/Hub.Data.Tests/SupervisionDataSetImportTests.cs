using Hub.Data.Hosting;
using Hub.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Tests;

/// <summary>The data sets M08, M10, M12, M13, M14 and M15 read, imported from CSV like every other data set, on both providers.</summary>
public sealed class SupervisionDataSetImportTests
{
    private const string Id = "11010519491231002X";
    private const string IdLowerX = "11010519491231002x";
    private const string OtherId = "360426199101010071";
    private const string Uscc = "91110108551385082Q";

    /// <summary>Per data set: the header, two good rows, then a third row that is bad in the named column for the named reason.</summary>
    private static readonly Dictionary<string, (string Header, string Good1, string Good2, string Bad, string BadColumn, string Reason)> s_files = new()
    {
        ["edu_school"] = ("source_agency,source_record_id,school_id,name,school_type,address,geo",
            "EDU,S-1,XX001,醴陵市实验小学,小学,醴陵市解放路1号,\"27.6500,113.5000\"",
            "EDU,S-2,XX002,醴陵市第一中学,高中,,",
            "EDU,S-3,XX003,,小学,,", "name", "missing required field"),
        ["police_dispatch"] = ("source_agency,source_record_id,incident_id,received_at,address,category,caller_id_number,respondent_id_number,disposal,text",
            $"PSB,D-1,110-1,2025-03-01T21:10:00+08:00,醴陵市某小区3栋,家庭暴力,{OtherId},{IdLowerX},调解,丈夫殴打妻子",
            "PSB,D-2,110-2,2025-03-02T08:00:00,醴陵市某路口,交通事故,,,行政处罚,",
            "PSB,D-3,110-3,2025-03-32T08:00:00,,家庭纠纷,,,,", "received_at", "bad timestamp '2025-03-32T08:00:00' (expected ISO 8601)"),
        ["dv_warning"] = ("source_agency,source_record_id,warning_no,abuser_id_number,victim_id_number,issued_date,issuing_unit",
            $"PSB,W-1,醴公家告字〔2025〕1号,{IdLowerX},{OtherId},2025-03-05,城南派出所",
            $"PSB,W-2,醴公家告字〔2025〕2号,{OtherId},,2025-03-06,",
            "PSB,W-3,醴公家告字〔2025〕3号,110105194912310021,,2025-03-07,", "abuser_id_number", "bad checksum: expected check character 'X'"),
        ["drug_rehab_decision"] = ("source_agency,source_record_id,decision_no,person_id_number,decision_date,period_months,executing_facility,handover_date,status",
            $"PSB,R-1,醴公强戒决字〔2024〕1号,{IdLowerX},2024-01-10,24,湖南省白泥湖强制隔离戒毒所,2024-01-12,执行中",
            $"PSB,R-2,醴公强戒决字〔2024〕2号,{OtherId},2024-02-10,24,,,待执行",
            $"PSB,R-3,醴公强戒决字〔2024〕3号,{OtherId},2024-02-10,二十四,,,待执行", "period_months", "bad integer '二十四'"),
        ["hr_wage_complaint"] = ("source_agency,source_record_id,complaint_id,complainant_id_number,employer_uscc,amount,months_unpaid,workers_count,received_date,status",
            $"HRSS,C-1,QX-1,{IdLowerX},{Uscc},8000.00,4,1,2025-01-05,已立案",
            $"HRSS,C-2,QX-2,,{Uscc},45000.50,2,12,2025-01-06,受理",
            "HRSS,C-3,QX-3,,91110108551385082A,100.00,1,1,2025-01-07,受理", "employer_uscc", "bad checksum: expected check character 'Q'"),
        ["hr_pay_order"] = ("source_agency,source_record_id,order_no,employer_uscc,complaint_id,amount,workers_count,issued_date,deadline,complied",
            $"HRSS,O-1,醴人社监令〔2025〕1号,{Uscc},QX-1,8000.00,1,2025-01-20,2025-02-05,false",
            $"HRSS,O-2,醴人社监令〔2025〕2号,{Uscc},,45000.50,12,2025-01-21,2025-02-06,true",
            $"HRSS,O-3,醴人社监令〔2025〕3号,{Uscc},,100.00,1,2025-01-22,,false", "deadline", "missing required field"),
        ["benefit_payment"] = ("source_agency,source_record_id,id_number,benefit_type,paying_agency,pay_month,amount,paid_date",
            $"HRSS,B-1,{IdLowerX},养老金,HRSS,2025-01-01,2150.00,2025-01-15",
            $"MZ,B-2,{OtherId},低保金,MZ,2025-01-01,620.00,2025-01-10",
            $"MZ,B-3,{OtherId},低保金,MZ,2025-02-01,six hundred,2025-02-10", "amount", "bad number 'six hundred'"),
        ["death_registry"] = ("source_agency,source_record_id,id_number,death_date,record_kind,registered_date",
            $"PSB,X-1,{IdLowerX},2024-11-03,户籍注销,2024-11-20",
            $"MZ,X-2,{OtherId},2024-12-01,火化,",
            "MZ,X-3,,2024-12-02,火化,", "id_number", "missing required field"),
        ["protection_order"] = ("source_agency,source_record_id,order_no,court_code,applicant_id_number,respondent_id_number,issued_date,valid_to",
            $"COURT,P-1,(2025)湘0281民保令1号,湘0281,{OtherId},{IdLowerX},2025-03-05,2025-09-04",
            $"COURT,P-2,(2025)湘0281民保令2号,湘0281,,{OtherId},2025-03-06,2025-09-05",
            $"COURT,P-3,(2025)湘0281民保令3号,湘0281,{OtherId},{OtherId},2025-03-07,", "valid_to", "missing required field"),
        ["enforcement_case"] = ("source_agency,source_record_id,enforcement_case_no,court_code,respondent_id_number,respondent_uscc,respondent_id_hash,amount_due,status,status_date",
            $"COURT,E-1,(2024)湘0281执1号,湘0281,{IdLowerX},,9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08,500000.00,终本,2025-01-10",
            $"COURT,E-2,(2024)湘0281执2号,湘0281,,{Uscc},,120000.50,执行中,",
            "COURT,E-3,(2024)湘0281执3号,湘0281,,,,五十万,终本,", "amount_due", "bad number '五十万'"),
    };

    public static TheoryData<DataProvider, string> Cases()
    {
        var cases = new TheoryData<DataProvider, string>();
        foreach (var provider in new[] { DataProvider.Postgres, DataProvider.Sqlite })
        {
            foreach (var dataSet in s_files.Keys)
            {
                cases.Add(provider, dataSet);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_file_stores_its_good_rows_rejects_the_bad_one_by_file_and_line_and_a_second_run_changes_nothing(DataProvider provider, string dataSet)
    {
        var (header, good1, good2, bad, badColumn, reason) = s_files[dataSet];
        var file = Path.Combine(TestDatabases.TempFolder(), dataSet + ".csv");
        await File.WriteAllLinesAsync(file, [header, good1, good2, bad]);
        var database = await TestDatabases.CreateAsync(provider);
        var importer = database.CreateImporter();

        await using var rejects = new RejectReport(file + ".rejects.csv");
        var summary = await importer.ImportAsync(dataSet, file, rejects);

        Assert.Equal((3L, 2L, 1L), (summary.Read, summary.Inserted, summary.Rejected));
        var rejection = Assert.Single(rejects.Entries);
        Assert.Equal((file, 4L, badColumn, reason, false), (rejection.File, rejection.Line, rejection.Column, rejection.Reason, rejection.Kept));
        await using (var context = database.CreateContext())
        {
            var entity = context.Model.GetEntityTypes().Single(t => t.GetTableName() == dataSet);
            var table = provider == DataProvider.Postgres ? $"{entity.GetSchema()}.{dataSet}" : dataSet;
            var sql = $"SELECT source_record_id AS \"Value\" FROM {table} ORDER BY source_record_id";
            var stored = await context.Database.SqlQueryRaw<string>(sql).ToListAsync();
            Assert.Equal([good1.Split(',')[1], good2.Split(',')[1]], stored);
        }

        await using var again = new RejectReport(file + ".rejects2.csv");
        var second = await importer.ImportAsync(dataSet, file, again);
        Assert.Equal((0L, 0L, 2L), (second.Inserted, second.Updated, second.Unchanged));
    }

    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task Keys_of_the_new_data_sets_are_normalised_and_register_their_persons_and_organisations(DataProvider provider)
    {
        var folder = TestDatabases.TempFolder();
        var database = await TestDatabases.CreateAsync(provider);
        var importer = database.CreateImporter();
        await using var rejects = new RejectReport(Path.Combine(folder, "rejects.csv"));
        foreach (var dataSet in new[] { "dv_warning", "hr_pay_order" })
        {
            var (header, good1, good2, _, _, _) = s_files[dataSet];
            var file = Path.Combine(folder, dataSet + ".csv");
            await File.WriteAllLinesAsync(file, [header, good1, good2]);
            await importer.ImportAsync(dataSet, file, rejects);
        }

        await using var context = database.CreateContext();
        var warning = await context.Set<Model.Enforcement.DomesticViolenceWarning>().SingleAsync(w => w.SourceRecordId == "W-1");
        Assert.Equal((Id, Keys.KeyQuality.Repaired, OtherId, Keys.KeyQuality.Valid), (warning.AbuserIdNumber, warning.AbuserIdNumberQuality, warning.VictimIdNumber, warning.VictimIdNumberQuality));
        var orders = await context.Set<Model.Administrative.WagePaymentOrder>().OrderBy(o => o.SourceRecordId).ToListAsync();
        Assert.Equal([(false, new DateOnly(2025, 2, 5), 8000.00m), (true, new DateOnly(2025, 2, 6), 45000.50m)], orders.Select(o => (o.Complied, o.Deadline, o.Amount)));
        Assert.Equal([Id, OtherId], (await context.Persons.Select(p => p.IdNumber).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(Uscc, (await context.Organizations.SingleAsync()).Uscc);
    }
}
