using System.Reflection;
using System.Text.Json;
using Hub.Data.Model;
using Hub.GraphQL.Types;
using Hub.Server.Schema;
using Hub.Server.Schema.SharedData;

namespace Hub.Server.Tests.SharedData;

/// <summary>The coded columns are served as enums of their code lists, with the Chinese meaning as each value's description.</summary>
public sealed class CodeListEnumTests(SharedDataFixture fixture) : IClassFixture<SharedDataFixture>
{
    [Fact]
    public void Every_coded_column_of_a_served_type_is_served_as_its_code_list_enum()
    {
        var schema = HubSchemaFactory.Create();
        var coded = SharedDataTypes.All
            .SelectMany(t => t.RecordType.GetProperties()
                .Where(p => p.GetCustomAttribute<CodedColumnAttribute>() is not null && ((ObjectType)schema.GetType(t.Name)!).Fields.ContainsKey(Camel(p.Name)))
                .Select(p => (Field: $"{t.Name}.{Camel(p.Name)}", List: p.GetCustomAttribute<CodedColumnAttribute>()!.CodeList.Name)))
            .ToList();
        // A column that may be empty (a measure not yet ended, a call not yet disposed of) is a nullable enum.
        string[] nullable = ["CoerciveMeasure.outcome", "PoliceDispatch.disposal"];

        Assert.Equal(
            [
                ("AdministrativePenalty.agencyKind", "PenaltyAgencyKind"), ("ArrestProsecutionReview.reviewType", "ReviewType"),
                ("CaseIntake.caseKind", "CaseKind"), ("CaseParty.role", "CasePartyRole"), ("CoerciveMeasure.measureType", "CoerciveMeasureType"),
                ("CoerciveMeasure.outcome", "CoerciveMeasureOutcome"),
                ("CommunityCorrection.category", "CorrectionCategory"), ("CommunityCorrection.status", "CorrectionStatus"),
                ("CorrectionEvent.eventType", "CorrectionEventType"),
                ("CriminalJudgment.verdict", "Verdict"), ("CustodyRecord.facilityType", "CustodyFacilityType"), ("CustodyRecord.inReason", "CustodyInReason"),
                ("JudicialAuction.assetType", "AuctionAssetType"), ("JudicialAuction.round", "AuctionRound"),
                ("JudicialAuction.status", "AuctionStatus"), ("NonProsecution.npType", "NonProsecutionType"), ("PoliceDispatch.disposal", "DispatchDisposal"),
            ],
            coded.Order());
        Assert.All(coded, c =>
        {
            var (type, field) = (c.Field.Split('.')[0], c.Field.Split('.')[1]);
            var served = ((ObjectType)schema.GetType(type)!).Fields[field].Type;
            Assert.Equal(nullable.Contains(c.Field) ? c.List : $"{c.List}!", served.ToString());
        });
    }

    [Fact]
    public async Task Stored_codes_come_as_enum_values_and_introspection_tells_their_chinese_meaning()
    {
        var result = await fixture.Server.QueryAsync(fixture.ReadToken, """
            {
              criminalJudgments { nodes { courtCaseNo verdict } }
              administrativePenalties(uscc: "91110108551385082Q", first: 1) { nodes { agencyKind } }
              verdict: __type(name: "Verdict") { kind enumValues { name description } }
            }
            """);

        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        var data = result.GetProperty("data");
        Assert.Equal([("(2024)湘0281刑初001号", "GUILTY")],
            data.GetProperty("criminalJudgments").GetProperty("nodes").EnumerateArray().Select(n => (S(n, "courtCaseNo"), S(n, "verdict"))));
        Assert.Equal("ECO", S(data.GetProperty("administrativePenalties").GetProperty("nodes")[0], "agencyKind"));
        Assert.Equal("ENUM", S(data.GetProperty("verdict"), "kind"));
        Assert.Equal(
            [
                ("GUILTY", "有罪 — guilty."),
                ("EXEMPTED_FROM_PUNISHMENT", "免予刑事处罚 — guilty, exempted from criminal punishment."),
                ("NOT_GUILTY", "无罪 — not guilty."),
            ],
            data.GetProperty("verdict").GetProperty("enumValues").EnumerateArray().Select(v => (S(v, "name"), S(v, "description"))));
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string? S(JsonElement element, string property) => element.GetProperty(property).GetString();
}
