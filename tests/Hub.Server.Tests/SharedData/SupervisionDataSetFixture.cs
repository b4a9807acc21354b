using Hub.Data.Keys;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// A hub on PostgreSQL with, besides <see cref="SharedDataRows"/>, rows of the data sets M08, M10, M12, M14 and M15 read:
/// two domestic calls about one respondent (and a sealed third), a warning, a drug-rehab decision, a wage complaint and
/// order, two schools, three benefit payments to a person who died, and that death.
/// </summary>
public sealed class SupervisionDataSetFixture() : ExtraRowsFixture(ReadScopes)
{
    public const string ReadScopes = "persons.read organizations.read enforcement.read registries.read";
    public const string AbuserName = "王大明";
    public const string VictimName = "李芳";
    public const string Address = "湖南省醴陵市阳三石街道白兔潭社区建设路3号";
    public const string Employer = "91110108551385082Q";

    public static string Abuser { get; } = IdNumber("43028119800101123");

    public static string Victim { get; } = IdNumber("43028119820202124");

    public static string DrugUser { get; } = IdNumber("43028119900303125");

    public static string Deceased { get; } = IdNumber("43028119400404126");

    public static string CallText => $"{VictimName}报警称被{AbuserName}殴打，对方身份证号{Abuser}";

    /// <inheritdoc />
    protected override IEnumerable<(string DataSet, string[] Lines)> Files() =>
    [
        ("police_dispatch",
        [
            "source_agency,source_record_id,incident_id,received_at,address,category,caller_id_number,caller_name,respondent_id_number,respondent_name,disposal,text,sealed",
            $"PSB,D-1,110-0001,2025-03-01T21:10:00+08:00,{Address},家庭暴力,{Victim},{VictimName},{Abuser},{AbuserName},调解,{CallText},false",
            $"PSB,D-2,110-0002,2025-04-01T22:00:00+08:00,{Address},家庭纠纷,{Victim},{VictimName},{Abuser},{AbuserName},出具告诫书,{CallText},false",
            $"PSB,D-3,110-0003,2025-04-02T22:00:00+08:00,{Address},家庭暴力,{Victim},{VictimName},{Abuser},{AbuserName},调解,{CallText},true",
        ]),
        ("dv_warning",
        [
            "source_agency,source_record_id,warning_no,abuser_id_number,victim_id_number,issued_date,issuing_unit",
            $"PSB,W-1,醴公家告字〔2025〕7号,{Abuser},{Victim},2025-04-05,城南派出所",
        ]),
        ("drug_rehab_decision",
        [
            "source_agency,source_record_id,decision_no,person_id_number,decision_date,period_months,executing_facility,handover_date,status",
            $"PSB,R-1,醴公强戒决字〔2025〕3号,{DrugUser},2025-01-10,24,湖南省白泥湖强制隔离戒毒所,,待执行",
        ]),
        ("hr_wage_complaint",
        [
            "source_agency,source_record_id,complaint_id,complainant_id_number,employer_uscc,amount,months_unpaid,workers_count,received_date,status",
            $"HRSS,C-1,QX-0001,{Victim},{Employer},8000.00,4,1,2025-01-05,已立案",
        ]),
        ("hr_pay_order",
        [
            "source_agency,source_record_id,order_no,employer_uscc,complaint_id,amount,workers_count,issued_date,deadline,complied",
            $"HRSS,O-1,醴人社监令〔2025〕1号,{Employer},QX-0001,8000.00,1,2025-01-20,2025-02-05,false",
        ]),
        ("edu_school",
        [
            "source_agency,source_record_id,school_id,name,school_type,address,geo",
            "EDU,S-1,EDU000001,醴陵市实验小学,小学,湖南省醴陵市来龙门街道学府路1号,\"27.6500,113.5000\"",
            "EDU,S-2,EDU000002,醴陵市第一中学,高中,湖南省醴陵市阳三石街道学府路2号,\"27.6620,113.5120\"",
        ]),
        ("benefit_payment",
        [
            "source_agency,source_record_id,id_number,benefit_type,paying_agency,pay_month,amount,paid_date",
            $"HRSS,B-1,{Deceased},养老金,HRSS,2025-01-01,2150.00,2025-01-15",
            $"HRSS,B-2,{Deceased},养老金,HRSS,2025-02-01,2150.00,2025-02-15",
            $"HRSS,B-3,{Deceased},养老金,HRSS,2025-03-01,2150.00,2025-03-15",
        ]),
        ("death_registry",
        [
            "source_agency,source_record_id,id_number,death_date,record_kind,registered_date",
            $"PSB,X-1,{Deceased},2025-01-20,户籍注销,2025-02-03",
        ]),
    ];

    private static string IdNumber(string first17) => first17 + CitizenIdNumber.CheckCharacter(first17);
}
