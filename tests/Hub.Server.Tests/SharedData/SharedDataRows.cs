using System.Globalization;
using System.Text;
using Hub.Data.Keys;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// The rows the shared-data tests import, in the hub's CSV import format: 25 penalties of one person (newest on
/// 2024-01-25) plus a sealed one, 3 environmental penalties of a company with another person, one of a minor, 2 judgments of the
/// first person (one sealed), and the company's market-entity registration.
/// </summary>
public static class SharedDataRows
{
    public const string AgencyCode = "SPP-TEST-430281";

    /// <summary>The region of the test agency and of every row.</summary>
    public const string Region = "430281";

    /// <summary>The agency directory the rows are imported against: their providers, all of <see cref="Region"/>.</summary>
    public static IReadOnlyDictionary<string, string> Providers { get; } =
        new[] { "PSB", "ECO", "COURT", "MARKET", "HRSS", "EDU", "MZ", "JUSTICE", "SPP", "HOTLINE", "GRID", "RURAL", "DISCIPLINE", "HUB" }.ToDictionary(code => code, _ => Region);
    public const string PersonName = "张三明";
    public const string OtherPersonName = "欧阳娜娜";
    public const string MinorName = "李小明";
    public const string CompanyUscc = "91110108551385082Q";
    public const string CompanyAddress = "湖南省株洲市醴陵市阳三石街道白兔潭社区建设路12号";
    public const int PersonPenalties = 25;
    public const string SealedPenaltyNo = "醴公(治)行罚决字〔2024〕SEALED号";
    public const string SealedJudgmentNo = "(2024)湘0281刑初SEALED号";

    /// <summary>The person with 25 penalties and a judgment.</summary>
    public static string PersonId { get; } = IdNumber("43028119850312123");

    /// <summary>The company's legal representative, with 3 environmental penalties.</summary>
    public static string OtherPersonId { get; } = IdNumber("43028119900101456");

    /// <summary>
    /// A valid identity number of nobody in the rows: <see cref="PersonId"/>'s region, sequence and sex with another
    /// birth day in April 1985, as someone guessing the hidden digits of the masked number would try.
    /// </summary>
    public static string GuessedPersonId(int day) => IdNumber($"{PersonId[..6]}198504{day:00}{PersonId[14..17]}");

    /// <summary>A person born in 2012, with one penalty.</summary>
    public static string MinorId { get; } = IdNumber("43028120120312456");

    /// <summary>The facts of the minor's penalty: the name, the identity number and a phone number written into the text.</summary>
    public static string MinorFacts => $"{MinorName}（身份证号{MinorId}，电话13812345678）殴打他人";

    /// <summary>A minor born in 2011 whom only a sealed penalty names, together with <see cref="SealedOnlyUscc"/>.</summary>
    public static string SealedOnlyMinorId { get; } = IdNumber("43028120110505123");

    /// <summary>An organisation that only the sealed penalty of <see cref="SealedOnlyMinorId"/> names.</summary>
    public static string SealedOnlyUscc { get; } = "91430281MA4L12345" + SocialCreditCode.CheckCharacter("91430281MA4L12345");

    /// <summary>The decision number of the person's penalty number <paramref name="n"/> (1 = oldest).</summary>
    public static string PenaltyNo(int n) => $"醴公(治)行罚决字〔2024〕{n:000}号";

    /// <summary>The decision date of the person's penalty number <paramref name="n"/>.</summary>
    public static DateOnly PenaltyDate(int n) => new DateOnly(2024, 1, 1).AddDays(n - 1);

    /// <summary>(data set, CSV text) for every file to import.</summary>
    public static IEnumerable<(string DataSet, string Csv)> Files()
    {
        var penalties = new StringBuilder("source_agency,source_record_id,agency_kind,decision_no,person_id_number,person_name,entity_uscc,violation_type,penalty_types,fine_amount,decision_date,sealed,facts_text\n");
        for (var n = 1; n <= PersonPenalties; n++)
        {
            penalties.Append(CultureInfo.InvariantCulture, $"PSB,P{n},PSB,{PenaltyNo(n)},{PersonId},{PersonName},,盗窃,FINE|ADMIN_DETENTION,500.00,{PenaltyDate(n):yyyy-MM-dd},false,\n");
        }

        penalties.Append(CultureInfo.InvariantCulture, $"PSB,P-SEALED,PSB,{SealedPenaltyNo},{PersonId},{PersonName},,盗窃,WARNING,,2024-06-01,true,\n");
        penalties.Append(CultureInfo.InvariantCulture, $"PSB,P-SEALED-ONLY,PSB,醴公(治)行罚决字〔2024〕SEALED-ONLY号,{SealedOnlyMinorId},王小二,{SealedOnlyUscc},盗窃,WARNING,,2024-06-02,true,\n");
        for (var n = 1; n <= 3; n++)
        {
            penalties.Append(CultureInfo.InvariantCulture, $"ECO,E{n},ECO,醴环罚〔2023〕{n}号,{OtherPersonId},{OtherPersonName},{CompanyUscc},超标排放,FINE,20000.00,2023-0{n}-15,false,{OtherPersonName}超标排放\n");
        }

        penalties.Append(CultureInfo.InvariantCulture, $"PSB,P-MINOR,PSB,醴公(治)行罚决字〔2024〕MINOR号,{MinorId},{MinorName},,殴打他人,WARNING,,2023-05-01,false,{MinorFacts}\n");
        yield return ("admin_penalty", penalties.ToString());
        yield return ("criminal_judgment",
            "source_agency,source_record_id,court_case_no,defendant_id_number,defendant_name,charges,verdict,judgment_date,sealed\n" +
            $"COURT,J1,(2024)湘0281刑初001号,{PersonId},{PersonName},盗窃罪,有罪,2024-03-01,false\n" +
            $"COURT,J2,{SealedJudgmentNo},{PersonId},{PersonName},盗窃罪,有罪,2024-04-01,true\n");
        yield return ("market_entity",
            "source_agency,source_record_id,uscc,name,legal_rep_id_number,address,status,registered_date\n" +
            $"MARKET,M1,{CompanyUscc},醴陵市测试化工有限公司,{OtherPersonId},{CompanyAddress},存续,2015-06-01\n");
    }

    private static string IdNumber(string first17) => first17 + CitizenIdNumber.CheckCharacter(first17);
}
