using System.Text.Json;
using static Hub.Server.Tests.SharedData.SupervisionDataSetFixture;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// The lists of the data sets M08, M10, M12, M14 and M15 read, over HTTP with real tokens on PostgreSQL: masked by
/// default, revealed with a reason, sealed rows left out, filtered and linked like the other lists, and guarded by the
/// scope catalogue.
/// </summary>
public sealed class SupervisionDataSetListTests(SupervisionDataSetFixture fixture) : IClassFixture<SupervisionDataSetFixture>
{
    private static string CallsQuery(string reason) => $$"""
        { policeDispatches(personIdNumber: "{{Abuser}}"{{reason}}) { totalCount nodes {
            incidentId category respondentIdNumber respondentName callerIdNumber callerName address text person { idNumber } } } }
        """;

    [Fact]
    public async Task Calls_come_masked_newest_first_without_the_sealed_one()
    {
        var result = await fixture.Server.QueryAsync(fixture.ReadToken, CallsQuery(""));

        Assert.False(result.TryGetProperty("errors", out _));
        var calls = result.GetProperty("data").GetProperty("policeDispatches");
        Assert.Equal(2, calls.GetProperty("totalCount").GetInt32());
        var masked = Mask(Abuser);
        Assert.Equal(
            [
                ("110-0002", "家庭纠纷", masked, "王*明", Mask(Victim), "李*", "湖南省醴陵市阳三石街道白兔潭社区***", $"李*报警称被王*明殴打，对方身份证号{masked}", masked),
                ("110-0001", "家庭暴力", masked, "王*明", Mask(Victim), "李*", "湖南省醴陵市阳三石街道白兔潭社区***", $"李*报警称被王*明殴打，对方身份证号{masked}", masked),
            ],
            calls.GetProperty("nodes").EnumerateArray().Select(n => (
                S(n, "incidentId"), S(n, "category"), S(n, "respondentIdNumber"), S(n, "respondentName"), S(n, "callerIdNumber"),
                S(n, "callerName"), S(n, "address"), S(n, "text"), S(n.GetProperty("person"), "idNumber"))));
    }

    [Fact]
    public async Task A_reveal_scope_with_a_reason_shows_the_parties_in_full()
    {
        var result = await fixture.Server.QueryAsync(fixture.RevealToken, CallsQuery(", reason: \"醴检刑受〔2025〕31号 domestic violence review\""));

        var node = result.GetProperty("data").GetProperty("policeDispatches").GetProperty("nodes")[0];
        Assert.Equal((Abuser, AbuserName, Victim, VictimName, Address, CallText),
            (S(node, "respondentIdNumber"), S(node, "respondentName"), S(node, "callerIdNumber"), S(node, "callerName"), S(node, "address"), S(node, "text")));
    }

    [Fact]
    public async Task Every_new_list_answers_with_its_rows_filters_and_links()
    {
        var result = await fixture.Server.QueryAsync(fixture.ReadToken, $$"""
            {
              domesticViolenceWarnings(personIdNumber: "{{Abuser}}") { nodes { warningNo abuserIdNumber victimIdNumber issuedDate } }
              drugRehabDecisions(from: "2025-01-01", to: "2025-01-31") { nodes { decisionNo personIdNumber periodMonths handoverDate status } }
              wageComplaints(uscc: "{{Employer}}") { nodes { complaintId complainantIdNumber amount monthsUnpaid workersCount organization { uscc } } }
              wagePaymentOrders(uscc: "{{Employer}}") { nodes { orderNo deadline complied } }
              schools { totalCount nodes { schoolId schoolType geo } }
              benefitPayments(personIdNumber: "{{Deceased}}", from: "2025-02-01") { totalCount nodes { payMonth amount } }
              deathRegistry { nodes { idNumber deathDate recordKind } }
              person(idNumber: "{{Abuser}}") { policeDispatches { incidentId } domesticViolenceWarnings { warningNo } }
              deceased: person(idNumber: "{{Deceased}}") { benefitPayments { payMonth } deathRegistry { deathDate } }
              organization(uscc: "{{Employer}}") { wageComplaints { complaintId } wagePaymentOrders { orderNo } }
            }
            """);

        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        var data = result.GetProperty("data");
        var warning = Single(data, "domesticViolenceWarnings");
        Assert.Equal(("醴公家告字〔2025〕7号", Mask(Abuser), Mask(Victim), "2025-04-05"),
            (S(warning, "warningNo"), S(warning, "abuserIdNumber"), S(warning, "victimIdNumber"), S(warning, "issuedDate")));
        var decision = Single(data, "drugRehabDecisions");
        Assert.Equal(("醴公强戒决字〔2025〕3号", Mask(DrugUser), 24, JsonValueKind.Null, "待执行"),
            (S(decision, "decisionNo"), S(decision, "personIdNumber"), decision.GetProperty("periodMonths").GetInt32(), decision.GetProperty("handoverDate").ValueKind, S(decision, "status")));
        var complaint = Single(data, "wageComplaints");
        Assert.Equal(("QX-0001", Mask(Victim), 8000.00m, 4, 1, Employer),
            (S(complaint, "complaintId"), S(complaint, "complainantIdNumber"), complaint.GetProperty("amount").GetDecimal(),
             complaint.GetProperty("monthsUnpaid").GetInt32(), complaint.GetProperty("workersCount").GetInt32(), S(complaint.GetProperty("organization"), "uscc")));
        var order = Single(data, "wagePaymentOrders");
        Assert.Equal(("醴人社监令〔2025〕1号", "2025-02-05", false), (S(order, "orderNo"), S(order, "deadline"), order.GetProperty("complied").GetBoolean()));
        Assert.Equal(2, data.GetProperty("schools").GetProperty("totalCount").GetInt32());
        Assert.Equal([("EDU000002", "高中", "27.6620,113.5120"), ("EDU000001", "小学", "27.6500,113.5000")],
            data.GetProperty("schools").GetProperty("nodes").EnumerateArray().Select(n => (S(n, "schoolId"), S(n, "schoolType"), S(n, "geo"))));
        Assert.Equal(2, data.GetProperty("benefitPayments").GetProperty("totalCount").GetInt32());
        Assert.Equal([("2025-03-01", 2150.00m), ("2025-02-01", 2150.00m)],
            data.GetProperty("benefitPayments").GetProperty("nodes").EnumerateArray().Select(n => (S(n, "payMonth"), n.GetProperty("amount").GetDecimal())));
        var death = Single(data, "deathRegistry");
        Assert.Equal((Mask(Deceased), "2025-01-20", "户籍注销"), (S(death, "idNumber"), S(death, "deathDate"), S(death, "recordKind")));
        Assert.Equal(["110-0002", "110-0001"], data.GetProperty("person").GetProperty("policeDispatches").EnumerateArray().Select(n => S(n, "incidentId")));
        Assert.Equal(["醴公家告字〔2025〕7号"], data.GetProperty("person").GetProperty("domesticViolenceWarnings").EnumerateArray().Select(n => S(n, "warningNo")));
        Assert.Equal(["2025-03-01", "2025-02-01", "2025-01-01"], data.GetProperty("deceased").GetProperty("benefitPayments").EnumerateArray().Select(n => S(n, "payMonth")));
        Assert.Equal(["2025-01-20"], data.GetProperty("deceased").GetProperty("deathRegistry").EnumerateArray().Select(n => S(n, "deathDate")));
        Assert.Equal(["QX-0001"], data.GetProperty("organization").GetProperty("wageComplaints").EnumerateArray().Select(n => S(n, "complaintId")));
        Assert.Equal(["醴人社监令〔2025〕1号"], data.GetProperty("organization").GetProperty("wagePaymentOrders").EnumerateArray().Select(n => S(n, "orderNo")));
    }

    [Fact]
    public async Task A_registry_reader_gets_schools_and_benefits_but_not_police_calls_or_wage_orders()
    {
        var token = await fixture.Server.TokenAsync("registries.read");
        var result = await fixture.Server.QueryAsync(token,
            "{ schools { totalCount } benefitPayments { totalCount } policeDispatches { totalCount } wagePaymentOrders { totalCount } }");

        var data = result.GetProperty("data");
        Assert.Equal((2, 3), (data.GetProperty("schools").GetProperty("totalCount").GetInt32(), data.GetProperty("benefitPayments").GetProperty("totalCount").GetInt32()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (data.GetProperty("policeDispatches").ValueKind, data.GetProperty("wagePaymentOrders").ValueKind));
        Assert.Equal(
            [("AUTH_NOT_AUTHORIZED", "policeDispatches"), ("AUTH_NOT_AUTHORIZED", "wagePaymentOrders")],
            result.GetProperty("errors").EnumerateArray()
                .Select(e => (e.GetProperty("extensions").GetProperty("code").GetString()!, e.GetProperty("path")[0].GetString()!)).Order());
    }

    private static string Mask(string idNumber) => idNumber[..6] + "********" + idNumber[14..];

    private static string? S(JsonElement element, string property) => element.GetProperty(property).GetString();

    private static JsonElement Single(JsonElement data, string list) => Assert.Single(data.GetProperty(list).GetProperty("nodes").EnumerateArray().ToList());
}
