using System.Globalization;
using System.Text;
using Hub.Data.Keys;

namespace Hub.Server.Tests.Jurisdiction;

/// <summary>
/// Two counties of Hunan and the agencies of the isolation tests: 醴陵 (430281) with two providers of penalties and
/// a market registry, 天元区 (430211) with one provider of penalties and a court; procuratorates of both, of the
/// province (430000) and of 金华 (330700, outside). 30 penalties, delivered in turn by PSB-A, ECO-A and PSB-B,
/// alternately about <see cref="P1"/> and <see cref="P2"/>, every fifth naming <see cref="C1"/>; one judgment of
/// <see cref="P3"/> in 天元区; <see cref="C1"/>'s registration in 醴陵.
/// </summary>
public static class JurisdictionRows
{
    public const string RegionA = "430281";
    public const string RegionB = "430211";
    public const string Province = "430000";
    public const string Outside = "330700";
    public const string PsbA = "PSB-T-430281";
    public const string EcoA = "ECO-T-430281";
    public const string MarketA = "MARKET-T-430281";
    public const string PsbB = "PSB-T-430211";
    public const string CourtB = "COURT-T-430211";
    public const string C1Name = "醴陵市隔离测试有限公司";
    public const int Penalties = 30;

    public static string P1 { get; } = IdNumber("43028119800101001");

    public static string P2 { get; } = IdNumber("43021119810202002");

    public static string P3 { get; } = IdNumber("43021119820303003");

    /// <summary>A valid credit code (its registration is in 醴陵 whatever its digits say).</summary>
    public const string C1 = "91110108551385082Q";

    /// <summary>Every agency as (code, kind, region).</summary>
    public static IReadOnlyList<(string Code, string Kind, string Region)> Agencies { get; } =
    [
        ("SPP-T-430281", "procuratorate", RegionA),
        ("SPP-T-430211", "procuratorate", RegionB),
        ("SPP-T-430000", "procuratorate", Province),
        ("SPP-T-330700", "procuratorate", Outside),
        (PsbA, "public-security", RegionA),
        (EcoA, "ecology-environment", RegionA),
        (MarketA, "market-regulation", RegionA),
        (PsbB, "public-security", RegionB),
        (CourtB, "court", RegionB),
    ];

    /// <summary>The penalty number <paramref name="i"/> (0-based) as (agency, region, person, organisation or null, decision date).</summary>
    public static (string Agency, string Region, string Person, string? Uscc, DateOnly Date) Penalty(int i)
    {
        var agency = (i % 3) switch { 0 => PsbA, 1 => EcoA, _ => PsbB };
        return (agency, agency == PsbB ? RegionB : RegionA, i % 2 == 0 ? P1 : P2, i % 5 == 0 ? C1 : null, new DateOnly(2024, 1, 1).AddDays(i));
    }

    /// <summary>(data set, CSV text) for every file to import.</summary>
    public static IEnumerable<(string DataSet, string Csv)> Files()
    {
        var penalties = new StringBuilder("source_agency,source_record_id,region_code,agency_kind,decision_no,person_id_number,entity_uscc,violation_type,penalty_types,decision_date\n");
        for (var i = 0; i < Penalties; i++)
        {
            var (agency, region, person, uscc, date) = Penalty(i);
            penalties.Append(CultureInfo.InvariantCulture, $"{agency},P{i},{region},PSB,测罚〔2024〕{i}号,{person},{uscc},盗窃,FINE,{date:yyyy-MM-dd}\n");
        }

        yield return ("admin_penalty", penalties.ToString());
        yield return ("criminal_judgment",
            "source_agency,source_record_id,court_case_no,defendant_id_number,defendant_name,charges,verdict,judgment_date\n" +
            $"{CourtB},J1,(2024)湘0211刑初001号,{P3},王五,盗窃罪,有罪,2024-03-01\n");
        yield return ("market_entity",
            "source_agency,source_record_id,uscc,name,address,status,registered_date\n" +
            $"{MarketA},M1,{C1},{C1Name},湖南省醴陵市浦口镇1号,存续,2015-06-01\n");
    }

    private static string IdNumber(string first17) => first17 + CitizenIdNumber.CheckCharacter(first17);
}
