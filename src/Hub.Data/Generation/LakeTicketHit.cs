using System.Globalization;

namespace Hub.Data.Generation;

/// <summary>A 12345 ticket and the lake's keyword hit on it that names an enterprise, as the keyword models read them.</summary>
internal static class LakeTicketHit
{
    /// <summary>Writes the ticket and its hit of <paramref name="modelId"/> on <paramref name="term"/>; returns the hit's evidence reference.</summary>
    public static string Write(GenerationContext g, string modelId, string category, string content, string term, string uscc, DateOnly day, decimal confidence)
    {
        var ticket = g.Row("hotline_ticket", "12345", new()
        {
            ["ticket_id"] = $"12345-{modelId}-{g.Random.Next(0, 100_000_000):D8}",
            ["received_at"] = $"{GenerationContext.D(day)}T{g.Random.Next(8, 22):D2}:30:00+08:00",
            ["channel"] = "电话",
            ["category"] = category,
            ["content"] = content,
            ["status"] = "已办结",
        });
        var record = ticket.Split('/')[2];
        return g.Row("lake_hit", "LAKE", new()
        {
            ["hit_id"] = $"HIT-{record}",
            ["model_id"] = modelId,
            ["rule_version"] = "1",
            ["text_data_set"] = "hotline_ticket",
            ["text_agency"] = DemoAgencies.Code("12345"),
            ["text_record_id"] = record,
            ["text_field"] = "content",
            ["matched_terms"] = term,
            ["offsets"] = $"{content.IndexOf(term, StringComparison.Ordinal)}:{term.Length}",
            ["hit_date"] = GenerationContext.D(day),
            ["resolved_uscc"] = uscc,
            ["resolution_confidence"] = confidence.ToString("0.00", CultureInfo.InvariantCulture),
        });
    }
}
