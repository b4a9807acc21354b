using System.Globalization;

namespace Hub.Data.Generation;

/// <summary>
/// M08 food safety around schools (DOMAIN.md §3 M08): 12345 tickets and grid events about stalls at a school gate, and
/// the hits the lake platform's keyword rule (place AND vendor, optional harm term) delivered for them (<c>lake_hit</c>,
/// model M08, agency LAKE, positioned in <c>geo</c>). The subject is the school (<c>edu_school.school_id</c>); the
/// evidence is the text records (hotline_ticket / grid_event) behind the hits.
/// Rule assumed: take the M08 hits with hit_date in [as-of − 90 days, as-of] lying within 200 m of a school's
/// <c>geo</c> (planar distance, 111,320 m per degree of latitude and 111,320 · cos(latitude) per degree of longitude;
/// planted hits lie within 120 m, the far near-miss 450 m away). A school is a clue when it has at least 2 such hits,
/// or one whose matched_terms hold a harm term (腹泻, 拉肚子, 呕吐, 食物中毒, 变质), and no admin_penalty of agency_kind
/// MARKET on any organisation its hits resolved to (resolved_uscc) was decided on or after its first hit.
/// Near-misses (one school each, per scale): a single hit without a harm term; 3 hits 450 m away; 2 hits whose
/// resolved shop was penalised by market regulation after the first; 3 hits older than 90 days; 3 tickets answered
/// 已取缔 (the platform suppresses them: no hits). Background: schools without complaints.
/// </summary>
internal static class SchoolFoodScenario
{
    private const int RadiusMetres = 200;
    private const int WindowDays = 90;
    private const int MinHits = 2;

    public static void Generate(GenerationContext g)
    {
        var m08 = g.Truth.Model("M08");
        g.Truth.Parameters["m08.radiusMetres"] = RadiusMetres;
        g.Truth.Parameters["m08.windowDays"] = WindowDays;
        g.Truth.Parameters["m08.minHits"] = MinHits;
        var recent = (GenerationContext.AsOf.AddDays(-WindowDays + 5), GenerationContext.AsOf);
        for (var k = 0; k < 40 * g.Scale; k++)
        {
            var school = School(g, k);
            var kind = k < 3 * g.Scale ? -1 : k - (3 * g.Scale) < 5 * g.Scale ? (k - (3 * g.Scale)) % 5 : -2;
            switch (kind)
            {
                case -1: // planted: two or three close hits, or one with a harm term
                    m08.Subjects.Add(school.Id);
                    var harm = k % 3 == 2;
                    for (var t = 0; t < (harm ? 1 : 2 + (k % 2)); t++)
                    {
                        m08.Records.Add(Complaint(g, school, 0.0006 + (t * 0.0002), recent, harm, shop: null, suppressed: false));
                    }

                    break;
                case 0:
                    m08.NearMisses.Add(school.Id);
                    Complaint(g, school, 0.0008, recent, harm: false, shop: null, suppressed: false);
                    break;
                case 1:
                    m08.NearMisses.Add(school.Id);
                    for (var t = 0; t < 3; t++)
                    {
                        Complaint(g, school, 0.0041 + (t * 0.0001), recent, harm: false, shop: null, suppressed: false);
                    }

                    break;
                case 2:
                    m08.NearMisses.Add(school.Id);
                    var shop = Shop(g, school);
                    var first = GenerationContext.AsOf.AddDays(-60);
                    Complaint(g, school, 0.0007, (first, first), harm: false, shop, suppressed: false);
                    Complaint(g, school, 0.0009, (first.AddDays(10), first.AddDays(10)), harm: false, shop, suppressed: false);
                    g.Row("admin_penalty", "MARKET", new()
                    {
                        ["agency_kind"] = "MARKET",
                        ["decision_no"] = $"醴市监罚〔{first.Year}〕S{k}号",
                        ["entity_uscc"] = shop,
                        ["violation_type"] = "食品安全",
                        ["legal_basis"] = "食品安全法",
                        ["penalty_types"] = "FINE|CONFISCATE_ILLEGAL_GAINS",
                        ["fine_amount"] = g.Keys.Money(2_000, 20_000),
                        ["violation_date"] = GenerationContext.D(first),
                        ["decision_date"] = GenerationContext.D(first.AddDays(25)),
                    });
                    break;
                case 3:
                    m08.NearMisses.Add(school.Id);
                    for (var t = 0; t < 3; t++)
                    {
                        Complaint(g, school, 0.0007, (GenerationContext.AsOf.AddDays(-200), GenerationContext.AsOf.AddDays(-WindowDays - 1)), harm: false, shop: null, suppressed: false);
                    }

                    break;
                case 4:
                    m08.NearMisses.Add(school.Id);
                    for (var t = 0; t < 3; t++)
                    {
                        Complaint(g, school, 0.0007, recent, harm: false, shop: null, suppressed: true);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private sealed record SchoolRow(string Id, string Name, string Address, double Latitude, double Longitude);

    private static SchoolRow School(GenerationContext g, int k)
    {
        // A grid 1.3 km apart, so no hit is within the radius of two schools.
        var school = new SchoolRow($"EDU{k + 1:D6}", $"醴陵市{g.Keys.Pick(["实验", "城南", "城北", "浦口", "白兔潭"])}第{k + 1}小学",
            $"湖南省醴陵市{g.Keys.Pick(["来龙门街道", "阳三石街道", "仙岳山街道", "浦口镇"])}学府路{k + 1}号", 27.40 + ((k / 100) * 0.012), 113.30 + ((k % 100) * 0.012));
        g.Row("edu_school", "EDU", new()
        {
            ["school_id"] = school.Id,
            ["name"] = school.Name,
            ["school_type"] = k % 4 == 0 ? "初中" : "小学",
            ["address"] = school.Address,
            ["geo"] = Geo(school.Latitude, school.Longitude),
        });
        return school;
    }

    private static string Shop(GenerationContext g, SchoolRow school)
    {
        var uscc = g.Keys.CreditCode("92");
        g.Row("market_entity", "SAMR", new()
        {
            ["uscc"] = uscc,
            ["name"] = $"醴陵市{school.Id}旁小吃店",
            ["address"] = school.Address + "旁",
            ["status"] = "存续",
            ["registered_date"] = "2020-05-01",
        });
        return uscc;
    }

    /// <summary>Writes a ticket or grid event north of the school and, unless suppressed, its hit; returns the text's evidence reference.</summary>
    private static string Complaint(GenerationContext g, SchoolRow school, double north, (DateOnly From, DateOnly To) days, bool harm, string? shop, bool suppressed)
    {
        var day = g.Keys.Date(days.From, days.To);
        var vendor = g.Keys.Pick(["流动摊贩", "小吃摊", "三无辣条", "无证炸串"]);
        var content = $"家长反映{school.Name}校门口放学时有{vendor}，卫生条件差{(harm ? "，孩子吃后腹泻" : "")}，请求查处。";
        var ticket = g.Random.Next(2) == 0;
        var dataSet = ticket ? "hotline_ticket" : "grid_event";
        var at = $"{GenerationContext.D(day)}T{g.Random.Next(8, 19):D2}:{g.Random.Next(0, 60):D2}:00+08:00";
        var reference = ticket
            ? g.Row(dataSet, "12345", new()
            {
                ["ticket_id"] = $"12345-M08-{g.Random.Next(0, 100_000_000):D8}",
                ["received_at"] = at,
                ["channel"] = "电话",
                ["address"] = school.Address,
                ["category"] = "食品安全",
                ["content"] = content,
                ["handling_dept"] = "醴陵市市场监督管理局",
                ["reply"] = suppressed ? "经核查，校门口流动摊贩已取缔。" : "已转交属地市场监管所处理。",
                ["status"] = "已办结",
            })
            : g.Row(dataSet, "GRID", new()
            {
                ["event_id"] = $"WG-M08-{g.Random.Next(0, 100_000_000):D8}",
                ["grid_code"] = $"430281-{g.Random.Next(1, 400):D3}",
                ["reported_at"] = at,
                ["event_type"] = "食品安全",
                ["description"] = content + (suppressed ? "已取缔。" : ""),
                ["status"] = suppressed ? "已处置" : "处置中",
            });
        if (suppressed)
        {
            return reference;
        }

        string[] terms = harm ? ["校门口", vendor, "腹泻"] : ["校门口", vendor];
        g.Row("lake_hit", "LAKE", new()
        {
            ["hit_id"] = $"HIT-{reference.Split('/')[2]}",
            ["model_id"] = "M08",
            ["rule_version"] = "1",
            ["text_data_set"] = dataSet,
            ["text_agency"] = reference.Split('/')[1],
            ["text_record_id"] = reference.Split('/')[2],
            ["text_field"] = ticket ? "content" : "description",
            ["matched_terms"] = string.Join('|', terms),
            ["offsets"] = string.Join('|', terms.Select(t => $"{content.IndexOf(t, StringComparison.Ordinal)}:{t.Length}")),
            ["hit_date"] = GenerationContext.D(day),
            ["resolved_uscc"] = shop,
            ["resolved_address"] = school.Address,
            ["geo"] = Geo(school.Latitude + north, school.Longitude + 0.0001),
            ["resolution_confidence"] = "0.85",
        });
        return reference;
    }

    private static string Geo(double latitude, double longitude) => string.Create(CultureInfo.InvariantCulture, $"{latitude:F4},{longitude:F4}");

}
