using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Server.Tests.SharedData.CaseLakeAndReferenceDataFixture;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// The lists of the data sets served since issue 14, over HTTP with real tokens on PostgreSQL: exact rows, masked by
/// default and revealed with a reason, sealed rows left out, linked from persons and organisations, guarded by their
/// scopes; and the discipline sanctions, answered only as a yes or no.
/// </summary>
public sealed class CaseLakeAndReferenceDataListTests(CaseLakeAndReferenceDataFixture fixture) : IClassFixture<CaseLakeAndReferenceDataFixture>
{
    [Fact]
    public async Task Custody_records_come_masked_newest_first_without_the_sealed_one()
    {
        var result = await fixture.Server.QueryAsync(fixture.ReadToken, $$"""
            { custodyRecords(personIdNumber: "{{Detainee}}") { totalCount nodes {
                facilityType facilityCode personIdNumber personIdNumberQuality inDate outDate inReason outReason sourceRecordId sensitivityLevel person { idNumber } } } }
            """);

        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        var list = result.GetProperty("data").GetProperty("custodyRecords");
        Assert.Equal(2, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            [
                ("ADMINISTRATIVE_DETENTION_CENTER", "JLS430281", Mask(Detainee), "VALID", "2025-05-10", null, "ADMINISTRATIVE_DETENTION", null, "K-2", "L4", Mask(Detainee)),
                ("DETENTION_CENTER", "KSS430281", Mask(Detainee), "VALID", "2025-02-01", "2025-02-28", "CRIMINAL_DETENTION", "取保候审", "K-1", "L4", Mask(Detainee)),
            ],
            list.GetProperty("nodes").EnumerateArray().Select(n => (
                S(n, "facilityType"), S(n, "facilityCode"), S(n, "personIdNumber"), S(n, "personIdNumberQuality"), S(n, "inDate"), S(n, "outDate"),
                S(n, "inReason"), S(n, "outReason"), S(n, "sourceRecordId"), S(n, "sensitivityLevel"), S(n.GetProperty("person"), "idNumber"))));
    }

    [Fact]
    public async Task The_procuratorate_data_sets_answer_with_their_rows()
    {
        var data = await DataAsync(fixture.ReadToken, $$"""
            {
              correctionEvents(from: "2025-03-01") { nodes { ccId eventType eventDate text } }
              procuratorateCases { nodes { sppCaseId charges incidentDate stage handlingDept } }
              caseParties(personIdNumber: "{{Victim}}") { nodes { sppCaseId role idNumber name injury lossAmount compensationReceived } }
              arrestProsecutionReviews(personIdNumber: "{{Detainee}}") { nodes { sppCaseId personIdNumber reviewType receivedDate decision } }
              prosecutorialOpinions(to: "2025-04-30") { nodes { instrumentNo instrumentType addresseeAgency relatedSppCaseId issuedDate replyDueDate replyDate result } }
            }
            """);

        var cc = Single(data, "correctionEvents");
        Assert.Equal(("CC-0001", "WARNING", "2025-03-15", $"矫正对象（身份证号{Mask(Detainee)}）未按规定报到"),
            (S(cc, "ccId"), S(cc, "eventType"), S(cc, "eventDate"), S(cc, "text")));
        var sppCase = Single(data, "procuratorateCases");
        Assert.Equal(("SPP-2025-0001", "故意伤害罪,寻衅滋事罪", "2025-01-20", "审查起诉", "刑事检察部门"),
            (S(sppCase, "sppCaseId"), string.Join(',', sppCase.GetProperty("charges").EnumerateArray().Select(c => c.GetString())),
             S(sppCase, "incidentDate"), S(sppCase, "stage"), S(sppCase, "handlingDept")));
        var party = Single(data, "caseParties");
        Assert.Equal(("SPP-2025-0001", "VICTIM", Mask(Victim), "刘*红", "重伤", 86000.00m, 0.00m),
            (S(party, "sppCaseId"), S(party, "role"), S(party, "idNumber"), S(party, "name"), S(party, "injury"),
             party.GetProperty("lossAmount").GetDecimal(), party.GetProperty("compensationReceived").GetDecimal()));
        var review = Single(data, "arrestProsecutionReviews");
        Assert.Equal(("SPP-2025-0001", Mask(Detainee), "ARREST_REVIEW", "2025-02-05", "批准逮捕"),
            (S(review, "sppCaseId"), S(review, "personIdNumber"), S(review, "reviewType"), S(review, "receivedDate"), S(review, "decision")));
        var opinion = Single(data, "prosecutorialOpinions");
        Assert.Equal(("醴检建〔2025〕5号", "检察建议", "醴陵市市场监督管理局", "SPP-2025-0001", "2025-04-01", "2025-06-01", "2025-05-20", "已采纳"),
            (S(opinion, "instrumentNo"), S(opinion, "instrumentType"), S(opinion, "addresseeAgency"), S(opinion, "relatedSppCaseId"),
             S(opinion, "issuedDate"), S(opinion, "replyDueDate"), S(opinion, "replyDate"), S(opinion, "result")));
    }

    [Fact]
    public async Task The_lake_reference_and_registry_data_sets_answer_with_their_rows_and_links()
    {
        var data = await DataAsync(fixture.ReadToken, $$"""
            {
              hotlineTickets { totalCount nodes { ticketId receivedAt channel complainantPhoneHash address category content handlingDept reply status } }
              gridEvents { nodes { eventId gridCode reportedAt eventType description address status handler } }
              lakeHits(uscc: "{{Company}}", from: "2025-03-01") { nodes { hitId modelId ruleVersion textDataSet textRecordId textField matchedTerms offsets geo resolutionConfidence organization { uscc } } }
              povertyRegistry(personIdNumber: "{{Victim}}") { nodes { idNumber householdId status } }
              legalThresholds { nodes { topic regionPrefix value unit validFrom validTo legalSource } }
              chargeAdministrativeViolations { nodes { chargeName agency law article } }
              dischargePermits(uscc: "{{Company}}") { nodes { permitNo industryCode pollutants validFrom validTo status } }
              marketEntities(uscc: "{{Company}}") { nodes { uscc name legalRepIdNumber address status registeredDate } }
              person(idNumber: "{{Detainee}}") { custodyRecords { sourceRecordId } caseParties { role } arrestProsecutionReviews { decision } }
              victim: person(idNumber: "{{Victim}}") { povertyRegistry { status } caseParties { role } }
              organization(uscc: "{{Company}}") { lakeHits { hitId } dischargePermits { permitNo } marketEntities { name } }
            }
            """);

        Assert.Equal(1, data.GetProperty("hotlineTickets").GetProperty("totalCount").GetInt32());
        var ticket = Single(data, "hotlineTickets");
        Assert.Equal(("12345-0001", "2025-03-02T01:15:00.000Z", "电话", "9f2c1e", "湖南省醴陵市阳三石街道白兔潭社区***", "食品安全",
                "投诉人139****5678反映学校门口流动摊贩售卖三无食品", "市场监管局", "已联系执法队处理", "已办结"),
            (S(ticket, "ticketId"), S(ticket, "receivedAt"), S(ticket, "channel"), S(ticket, "complainantPhoneHash"), S(ticket, "address"),
             S(ticket, "category"), S(ticket, "content"), S(ticket, "handlingDept"), S(ticket, "reply"), S(ticket, "status")));
        var grid = Single(data, "gridEvents");
        Assert.Equal(("GE-0001", "430281-007", "消防隐患", "楼道内电动车充电，飞线至三楼", "湖南省醴陵市阳三石街道白兔潭社区***", "处理中", "网格员周敏"),
            (S(grid, "eventId"), S(grid, "gridCode"), S(grid, "eventType"), S(grid, "description"), S(grid, "address"), S(grid, "status"), S(grid, "handler")));
        var hit = Single(data, "lakeHits");
        Assert.Equal(("HIT-0001", "M08", 2, "hotline_ticket", "T-1", "content", "学校,三无食品", "15:2,26:4", "27.6500,113.5000", 0.85m, Company),
            (S(hit, "hitId"), S(hit, "modelId"), hit.GetProperty("ruleVersion").GetInt32(), S(hit, "textDataSet"), S(hit, "textRecordId"), S(hit, "textField"),
             Joined(hit, "matchedTerms"), Joined(hit, "offsets"), S(hit, "geo"), hit.GetProperty("resolutionConfidence").GetDecimal(), S(hit.GetProperty("organization"), "uscc")));
        var poverty = Single(data, "povertyRegistry");
        Assert.Equal((Mask(Victim), "HH-0001", "脱贫不稳定户"), (S(poverty, "idNumber"), S(poverty, "householdId"), S(poverty, "status")));
        var threshold = Single(data, "legalThresholds");
        Assert.Equal(("盗窃-数额较大", "43", 2000.00m, "元", "2014-01-01", null, "湘高法〔2013〕"),
            (S(threshold, "topic"), S(threshold, "regionPrefix"), threshold.GetProperty("value").GetDecimal(), S(threshold, "unit"),
             S(threshold, "validFrom"), S(threshold, "validTo"), S(threshold, "legalSource")));
        var mapping = Single(data, "chargeAdministrativeViolations");
        Assert.Equal(("盗窃罪", "PSB", "治安管理处罚法", "49"), (S(mapping, "chargeName"), S(mapping, "agency"), S(mapping, "law"), S(mapping, "article")));
        var permit = Single(data, "dischargePermits");
        Assert.Equal(("914302811234567890001P", "C2614", "COD,氨氮", "2023-01-01", "2027-12-31", "有效"),
            (S(permit, "permitNo"), S(permit, "industryCode"), Joined(permit, "pollutants"), S(permit, "validFrom"), S(permit, "validTo"), S(permit, "status")));
        var entity = Single(data, "marketEntities");
        Assert.Equal((Company, "醴陵市测试化工有限公司", Mask(SharedDataRows.OtherPersonId), "湖南省株洲市醴陵市阳三石街道白兔潭社区***", "存续", "2015-06-01"),
            (S(entity, "uscc"), S(entity, "name"), S(entity, "legalRepIdNumber"), S(entity, "address"), S(entity, "status"), S(entity, "registeredDate")));

        var person = data.GetProperty("person");
        Assert.Equal(["K-2", "K-1"], person.GetProperty("custodyRecords").EnumerateArray().Select(n => S(n, "sourceRecordId")));
        Assert.Equal(["SUSPECT"], person.GetProperty("caseParties").EnumerateArray().Select(n => S(n, "role")));
        Assert.Equal(["批准逮捕"], person.GetProperty("arrestProsecutionReviews").EnumerateArray().Select(n => S(n, "decision")));
        Assert.Equal(["脱贫不稳定户"], data.GetProperty("victim").GetProperty("povertyRegistry").EnumerateArray().Select(n => S(n, "status")));
        var organization = data.GetProperty("organization");
        Assert.Equal(["HIT-0001"], organization.GetProperty("lakeHits").EnumerateArray().Select(n => S(n, "hitId")));
        Assert.Equal(["914302811234567890001P"], organization.GetProperty("dischargePermits").EnumerateArray().Select(n => S(n, "permitNo")));
        Assert.Equal(["醴陵市测试化工有限公司"], organization.GetProperty("marketEntities").EnumerateArray().Select(n => S(n, "name")));
    }

    [Fact]
    public async Task A_reveal_scope_with_a_reason_shows_the_personal_fields_in_full()
    {
        var data = await DataAsync(fixture.RevealToken, $$"""
            {
              custodyRecords(first: 1, reason: "醴检刑不诉〔2025〕1号 核实当事人身份") { nodes { personIdNumber } }
              caseParties(personIdNumber: "{{Victim}}", reason: "醴检刑不诉〔2025〕1号 核实当事人身份") { nodes { idNumber name } }
              hotlineTickets(reason: "0f8fad5b-d9cb-469f-a165-70867728950e 核查投诉线索") { nodes { address content } }
            }
            """);

        Assert.Equal(Detainee, S(Single(data, "custodyRecords"), "personIdNumber"));
        var party = Single(data, "caseParties");
        Assert.Equal((Victim, VictimName), (S(party, "idNumber"), S(party, "name")));
        var ticket = Single(data, "hotlineTickets");
        Assert.Equal((TicketAddress, TicketContent), (S(ticket, "address"), S(ticket, "content")));
    }

    [Fact]
    public async Task Facts_of_a_case_mask_the_names_of_its_parties_unless_revealed()
    {
        const string query = """{ nonProsecutions(reason: "醴检刑不诉〔2025〕1号 核实当事人身份") { nodes { factsText } } }""";

        var masked = Single(await DataAsync(fixture.ReadToken, query), "nonProsecutions");
        Assert.Equal("犯罪嫌疑人赵*勇因琐事殴打被害人刘*红致其重伤，刘*红（电话139****5678）报警", S(masked, "factsText"));

        var revealed = Single(await DataAsync(fixture.RevealToken, query), "nonProsecutions");
        Assert.Equal(NonProsecutionFacts, S(revealed, "factsText"));
    }

    [Fact]
    public async Task Each_list_is_refused_to_a_token_without_its_scope()
    {
        var token = await fixture.Server.TokenAsync("registries.read");
        var result = await fixture.Server.QueryAsync(token,
            "{ povertyRegistry { totalCount } custodyRecords { totalCount } caseParties { totalCount } hotlineTickets { totalCount } legalThresholds { totalCount } }");

        Assert.Equal(1, result.GetProperty("data").GetProperty("povertyRegistry").GetProperty("totalCount").GetInt32());
        Assert.Equal(
            [("AUTH_NOT_AUTHORIZED", "caseParties"), ("AUTH_NOT_AUTHORIZED", "custodyRecords"), ("AUTH_NOT_AUTHORIZED", "hotlineTickets"), ("AUTH_NOT_AUTHORIZED", "legalThresholds")],
            Errors(result));
    }

    [Fact]
    public async Task The_discipline_match_answers_yes_or_no_and_is_audited_with_its_reason()
    {
        var token = await fixture.Server.TokenAsync("discipline.match");
        var reason = $"0f8fad5b-d9cb-469f-a165-70867728950e check sanction {Guid.NewGuid():N}";
        var data = await DataAsync(token, $$"""
            {
              sanctioned: hasDisciplineSanction(personIdNumber: "{{Sanctioned}}", reason: "{{reason}}")
              sinceBefore: hasDisciplineSanction(personIdNumber: "{{Sanctioned}}", since: "2024-09-01", reason: "{{reason}}")
              sinceAfter: hasDisciplineSanction(personIdNumber: "{{Sanctioned}}", since: "2024-09-02", reason: "{{reason}}")
              other: hasDisciplineSanction(personIdNumber: "{{Detainee}}", reason: "{{reason}}")
            }
            """);

        Assert.Equal((true, true, false, false),
            (data.GetProperty("sanctioned").GetBoolean(), data.GetProperty("sinceBefore").GetBoolean(),
             data.GetProperty("sinceAfter").GetBoolean(), data.GetProperty("other").GetBoolean()));
        var audit = await fixture.Server.Services.GetRequiredService<IdentityAdministration>().ListAuditAsync(200);
        var mine = audit.Where(a => a.Detail.Contains(reason, StringComparison.Ordinal)).ToList();
        Assert.Equal(4, mine.Count);
        Assert.All(mine, a => Assert.Equal((AuditActions.DataRead, "Query.hasDisciplineSanction"), (a.Action, a.Subject)));
        Assert.Equal([0, 0, 1, 1], mine.Select(a => JsonDocument.Parse(a.Detail).RootElement.GetProperty("rows").GetInt32()).Order());
    }

    [Fact]
    public async Task The_discipline_match_needs_its_scope_a_reason_and_a_valid_number()
    {
        var noScope = await fixture.Server.QueryAsync(fixture.RevealToken,
            $$"""{ hasDisciplineSanction(personIdNumber: "{{Sanctioned}}", reason: "醴检刑不诉〔2025〕1号 核实处分") }""");
        Assert.Equal([("AUTH_NOT_AUTHORIZED", "hasDisciplineSanction")], Errors(noScope));

        var token = await fixture.Server.TokenAsync("discipline.match");
        var blank = await fixture.Server.QueryAsync(token, $$"""{ hasDisciplineSanction(personIdNumber: "{{Sanctioned}}", reason: " ") }""");
        Assert.Equal([("HUB_INVALID_REASON", "hasDisciplineSanction")], Errors(blank));
        var invalid = await fixture.Server.QueryAsync(token, """{ hasDisciplineSanction(personIdNumber: "430281197007071250", reason: "醴检刑不诉〔2025〕1号 核实处分") }""");
        Assert.Equal([("HUB_INVALID_ID_NUMBER", "hasDisciplineSanction")], Errors(invalid));
    }

    [Fact]
    public async Task A_person_only_a_sanction_names_is_unknown_to_a_person_lookup()
    {
        var data = await DataAsync(fixture.ReadToken, $$"""{ person(idNumber: "{{Sanctioned}}") { idNumber } }""");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("person").ValueKind);
    }

    [Fact]
    public async Task No_field_lists_the_discipline_sanctions()
    {
        var token = await fixture.Server.TokenAsync("discipline.match");
        var result = await fixture.Server.QueryAsync(token, """{ __schema { types { name } queryType { fields { name type { name kind } } } } }""");

        var types = result.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => S(t, "name")!).ToList();
        Assert.DoesNotContain(types, t => t.Contains("Discipline", StringComparison.Ordinal) || t.Contains("Sanction", StringComparison.Ordinal));
        var fields = result.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("fields").EnumerateArray()
            .Where(f => S(f, "name")!.Contains("Sanction", StringComparison.Ordinal)).Select(f => (S(f, "name"), S(f.GetProperty("type"), "kind")));
        Assert.Equal([("hasDisciplineSanction", "NON_NULL")], fields);
    }

    private async Task<JsonElement> DataAsync(string token, string query)
    {
        var result = await fixture.Server.QueryAsync(token, query);
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        return result.GetProperty("data");
    }

    private static IEnumerable<(string Code, string Field)> Errors(JsonElement result) =>
        result.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("extensions").GetProperty("code").GetString()!, e.GetProperty("path")[0].GetString()!)).Order();

    private static string Mask(string idNumber) => idNumber[..6] + "********" + idNumber[14..];

    private static string? S(JsonElement element, string property) => element.GetProperty(property).GetString();

    private static string Joined(JsonElement element, string property) =>
        string.Join(',', element.GetProperty(property).EnumerateArray().Select(e => e.GetString()));

    private static JsonElement Single(JsonElement data, string list) => Assert.Single(data.GetProperty(list).GetProperty("nodes").EnumerateArray().ToList());
}
