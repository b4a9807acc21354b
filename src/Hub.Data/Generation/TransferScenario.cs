namespace Hub.Data.Generation;

/// <summary>
/// M02 (a): transfers received by the police more than 3 days before the evaluation date with no filing decision.
/// Background: transfers with a decision.
/// Rule assumed: transfer_record r with no case_intake c (c.transfer_id = r.transfer_id) holding a filed_date or
/// not_filed_decision_date, and r.received_by_police_date &lt; as-of − 3 days (the subject is r.transfer_id).
/// Near-misses per scale: 5 received 2 days before the as-of date, 2 received exactly 3 days before (the deadline
/// ends that day).
/// </summary>
internal static class TransferScenario
{
    public static void Generate(GenerationContext g)
    {
        var m02 = g.Truth.Model("M02");
        for (var i = 0; i < 117 * g.Scale; i++)
        {
            var person = g.Keys.Person();
            var planted = i < 12 * g.Scale;
            var nearMiss = !planted && i < 17 * g.Scale;
            var received = planted ? GenerationContext.AsOf.AddDays(-g.Random.Next(10, 120))
                : nearMiss ? GenerationContext.AsOf.AddDays(-2)
                : g.Keys.Date(new DateOnly(2022, 1, 1), GenerationContext.AsOf.AddDays(-30));
            var transferId = $"YX-{i + 1:D7}";
            var record = g.Row("transfer_record", "XZJ", new()
            {
                ["transfer_id"] = transferId,
                ["admin_agency"] = i % 2 == 0 ? "ECO" : "MARKET",
                ["admin_decision_no"] = $"醴移〔{received.Year}〕{i + 1}号",
                ["suspect_id_number"] = person.Id,
                ["suspected_charge"] = i % 2 == 0 ? "污染环境罪" : "生产、销售伪劣产品罪",
                ["report_date"] = GenerationContext.D(received.AddDays(-4)),
                ["approved_date"] = GenerationContext.D(received.AddDays(-2)),
                ["sent_date"] = GenerationContext.D(received.AddDays(-1)),
                ["received_by_police_date"] = GenerationContext.D(received),
            });
            if (planted)
            {
                m02.Subjects.Add(transferId);
                m02.Records.Add(record);
            }
            else if (nearMiss)
            {
                m02.NearMisses.Add(transferId);
            }
            else
            {
                g.Row("case_intake", "PSB", new()
                {
                    ["psb_case_no"] = $"B4302810{i:D6}",
                    ["transfer_id"] = transferId,
                    ["case_kind"] = "刑事",
                    ["suspected_charge"] = "污染环境罪",
                    ["suspect_id_number"] = person.Id,
                    ["accepted_date"] = GenerationContext.D(received),
                    ["filed_date"] = i % 3 == 0 ? null : GenerationContext.D(received.AddDays(2)),
                    ["not_filed_decision_date"] = i % 3 == 0 ? GenerationContext.D(received.AddDays(3)) : null,
                });
            }
        }

        for (var i = 0; i < 2 * g.Scale; i++)
        {
            var received = GenerationContext.AsOf.AddDays(-3);
            var transferId = $"YX-D{i + 1:D6}";
            g.Row("transfer_record", "XZJ", new()
            {
                ["transfer_id"] = transferId,
                ["admin_agency"] = "MARKET",
                ["admin_decision_no"] = $"醴移〔{received.Year}〕D{i + 1}号",
                ["suspect_id_number"] = g.Keys.Person().Id,
                ["suspected_charge"] = "生产、销售伪劣产品罪",
                ["report_date"] = GenerationContext.D(received.AddDays(-4)),
                ["approved_date"] = GenerationContext.D(received.AddDays(-2)),
                ["sent_date"] = GenerationContext.D(received.AddDays(-1)),
                ["received_by_police_date"] = GenerationContext.D(received),
            });
            m02.NearMisses.Add(transferId);
        }
    }
}
