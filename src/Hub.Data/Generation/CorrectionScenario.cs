namespace Hub.Data.Generation;

/// <summary>
/// M06 at scale 1 reproduces [S1]: one explosives-offence probationer penalised by the police for illegal transport
/// during correction, after an admonition. Background: probationers for other offences with ordinary events.
/// Rule assumed: a cc_subject whose original_charges hold 非法制造、买卖、运输、邮寄、储存爆炸物罪, joined to an
/// admin_penalty of the person with violation_date in [correction_start, correction_end]. Evidence: the subject row
/// and the penalty. Near-misses (2 per scale): explosives probationers penalised 60 days after their term ended.
/// </summary>
internal static class CorrectionScenario
{
    private const string Explosives = "非法制造、买卖、运输、邮寄、储存爆炸物罪";

    public static void Generate(GenerationContext g)
    {
        var m06 = g.Truth.Model("M06");
        for (var i = 0; i < 303 * g.Scale; i++)
        {
            var person = g.Keys.Person();
            var planted = i < g.Scale;
            var nearMiss = !planted && i < 3 * g.Scale;
            var start = planted ? GenerationContext.AsOf.AddMonths(-10) : g.Keys.Date(new DateOnly(2021, 1, 1), new DateOnly(2024, 6, 30));
            var end = planted ? GenerationContext.AsOf.AddMonths(14) : start.AddMonths(g.Random.Next(6, 13));
            var ccId = $"SQJZ-{i + 1:D7}";
            var subject = g.Row("cc_subject", "SFJ", new()
            {
                ["cc_id"] = ccId,
                ["person_id_number"] = person.Id,
                ["category"] = "缓刑",
                ["original_charges"] = planted || nearMiss ? Explosives : g.Keys.Pick(["危险驾驶罪", "盗窃罪", "帮助信息网络犯罪活动罪"]),
                ["judgment_case_no"] = $"({start.Year})湘0281刑初{900 + i}号",
                ["correction_start"] = GenerationContext.D(start),
                ["correction_end"] = GenerationContext.D(end),
                ["status"] = end < GenerationContext.AsOf ? "解矫" : "在矫",
                ["execution_unit"] = "醴陵市社区矫正管理局",
            });
            g.Row("cc_event", "SFJ", new()
            {
                ["cc_id"] = ccId,
                ["event_type"] = planted ? "训诫" : "外出审批",
                ["event_date"] = GenerationContext.D(start.AddDays(30)),
                ["text"] = planted ? "未按规定进行电子定位签到，予以训诫。" : "经审批外出。",
            });
            if (!planted && !nearMiss)
            {
                continue;
            }

            var offence = planted ? start.AddDays(120) : end.AddDays(60);
            var penalty = g.Row("admin_penalty", "PSB", new()
            {
                ["agency_kind"] = "PSB",
                ["decision_no"] = $"醴公(治)行罚决字〔{offence.Year}〕E{i}号",
                ["person_id_number"] = person.Id,
                ["person_name"] = person.Name,
                ["violation_type"] = "非法运输危险物质",
                ["penalty_types"] = "ADMIN_DETENTION",
                ["detention_days"] = "10",
                ["violation_date"] = GenerationContext.D(offence),
                ["decision_date"] = GenerationContext.D(offence.AddDays(2)),
            });
            if (planted)
            {
                m06.Subjects.Add(person.Id);
                m06.Records.Add(subject);
                m06.Records.Add(penalty);
            }
            else
            {
                m06.NearMisses.Add(person.Id);
            }
        }

        g.Truth.Figures["m06.explosivesProbationers"] = g.Scale;
    }
}
