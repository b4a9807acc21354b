namespace Hub.Data.Generation;

/// <summary>
/// The reference tables (charge → administrative violation, Hunan thresholds) and the free-text lake
/// (12345 tickets, grid events) as background volume.
/// </summary>
internal static class ReferenceAndLakeData
{
    private static readonly (string Charge, string Agency, string Law, string Article)[] s_mapping =
    [
        ("盗窃罪", "PSB", "治安管理处罚法", "第49条"),
        ("故意伤害罪", "PSB", "治安管理处罚法", "第43条"),
        ("寻衅滋事罪", "PSB", "治安管理处罚法", "第26条"),
        ("赌博罪", "PSB", "治安管理处罚法", "第70条"),
        ("非法行医罪", "HEALTH", "医师法", "第59条"),
        ("危险驾驶罪", "TRANSPORT", "道路交通安全法", "第91条"),
    ];

    private const string Pollution = "两高关于办理环境污染刑事案件适用法律若干问题的解释(2023) 第1条";

    private static readonly string[] s_topics = ["噪音扰民", "道路破损", "路灯不亮", "物业纠纷", "垃圾清运", "占道经营", "水压不足"];

    public static void Generate(GenerationContext g)
    {
        foreach (var (charge, agency, law, article) in s_mapping)
        {
            g.Row("charge_to_admin_violation", "SPP", new() { ["charge_name"] = charge, ["agency"] = agency, ["law"] = law, ["article"] = article });
        }

        Threshold(g, "盗窃-数额较大", "2000", "2013-07-09", "湘高法/湘检 2013");
        Threshold(g, "盗窃-数额巨大", "50000", "2013-07-09", "湘高法/湘检 2013");
        Threshold(g, "拒不支付劳动报酬-个人", "6000", "2014-01-01", "湖南 2014");
        Threshold(g, "拒不支付劳动报酬-多人", "40000", "2014-01-01", "湖南 2014");
        g.Truth.Parameters["m01.theftLarge"] = 2000;
        g.Truth.Parameters["m02.decideDays"] = 3;
        g.Truth.Parameters["m11.reviewWindowDays"] = 37;
        g.Truth.Parameters["m13.startPriceRatio"] = 0.70m;

        for (var i = 0; i < 2_000 * g.Scale; i++)
        {
            var at = g.Keys.Date(new DateOnly(2023, 1, 1), GenerationContext.AsOf);
            var topic = g.Keys.Pick(s_topics);
            g.Row("hotline_ticket", "12345", new()
            {
                ["ticket_id"] = $"12345-{i + 1:D8}",
                ["received_at"] = $"{GenerationContext.D(at)}T{g.Random.Next(8, 22):D2}:{g.Random.Next(0, 60):D2}:00+08:00",
                ["channel"] = "电话",
                ["category"] = topic,
                ["content"] = $"市民反映{g.Keys.Pick(["浦口镇", "阳三石街道", "来龙门街道", "仙岳山街道"])}{g.Random.Next(1, 99)}号附近{topic}问题，请求处理。",
                ["handling_dept"] = "醴陵市城管局",
                ["status"] = "已办结",
            });
        }

        for (var i = 0; i < 1_500 * g.Scale; i++)
        {
            var at = g.Keys.Date(new DateOnly(2023, 1, 1), GenerationContext.AsOf);
            g.Row("grid_event", "GRID", new()
            {
                ["event_id"] = $"WG-{i + 1:D8}",
                ["grid_code"] = $"430281-{g.Random.Next(1, 400):D3}",
                ["reported_at"] = $"{GenerationContext.D(at)}T{g.Random.Next(8, 20):D2}:00:00+08:00",
                ["event_type"] = "巡查",
                ["description"] = $"网格员巡查发现{g.Keys.Pick(s_topics)}，已上报。",
                ["status"] = "已处置",
            });
        }
    }

    /// <summary>
    /// M01's 严重污染环境 thresholds (两高2023解释 art. 1). They are national; the table is keyed by region, so the demo
    /// province gets its rows. Written after the scenarios, so the record ids of the rows before stay what they were.
    /// </summary>
    public static void PollutionThresholds(GenerationContext g)
    {
        Threshold(g, "污染环境-危险废物", "3", "2023-08-15", Pollution, "吨");
        Threshold(g, "污染环境-重金属超标倍数", "3", "2023-08-15", Pollution, "倍");
        Threshold(g, "污染环境-其他重金属超标倍数", "10", "2023-08-15", Pollution, "倍");
        Threshold(g, "污染环境-二年内行政处罚次数", "2", "2023-08-15", Pollution, "次");
    }

    private static void Threshold(GenerationContext g, string topic, string value, string from, string source, string unit = "元") =>
        g.Row("legal_threshold", "SPP", new()
        {
            ["topic"] = topic,
            ["region_prefix"] = "43",
            ["value"] = value,
            ["unit"] = unit,
            ["valid_from"] = from,
            ["legal_source"] = source,
        });
}
