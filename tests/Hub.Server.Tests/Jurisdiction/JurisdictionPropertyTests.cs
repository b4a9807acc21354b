using FsCheck;
using FsCheck.Fluent;
using static Hub.Server.Tests.Jurisdiction.JurisdictionRows;

namespace Hub.Server.Tests.Jurisdiction;

/// <summary>
/// For random list queries (any mix of the provider, person, organisation and date-range filters), what the
/// procuratorates of two counties see together is exactly what their province's sees, and no row is seen by both.
/// </summary>
public sealed class JurisdictionPropertyTests(JurisdictionFixture fixture) : IClassFixture<JurisdictionFixture>
{
    [Fact]
    public void Two_counties_partition_what_their_province_sees() =>
        Prop.ForAll(Filters().ToArbitrary(), filter =>
        {
            // FsCheck's properties are synchronous; the requests run off xunit's synchronisation context.
            var (a, b, province) = Task.Run(async () => (
                await RowsAsync("SPP-T-430281", filter), await RowsAsync("SPP-T-430211", filter), await RowsAsync("SPP-T-430000", filter))).GetAwaiter().GetResult();
            return a.Union(b).Order(StringComparer.Ordinal).SequenceEqual(province.Order(StringComparer.Ordinal)) && !a.Intersect(b).Any();
        }).QuickCheckThrowOnFailure();

    /// <summary>Random filter arguments of <c>administrativePenalties</c>, as GraphQL argument text.</summary>
    private static Gen<string> Filters() =>
        from agency in Gen.Elements("", $"sourceAgency: \"{PsbA}\"", $"sourceAgency: \"{EcoA}\"", $"sourceAgency: \"{PsbB}\"")
        from person in Gen.Elements("", $"personIdNumber: \"{P1}\"", $"personIdNumber: \"{P2}\"")
        from uscc in Gen.Elements("", $"uscc: \"{C1}\"")
        from start in Gen.Choose(0, Penalties)
        from length in Gen.Choose(0, Penalties)
        from bounded in Gen.Elements(true, false)
        select string.Join(' ', agency, person, uscc, bounded
            ? $"from: \"{new DateOnly(2024, 1, 1).AddDays(start):yyyy-MM-dd}\" to: \"{new DateOnly(2024, 1, 1).AddDays(start + length):yyyy-MM-dd}\""
            : "");

    private async Task<HashSet<string>> RowsAsync(string agency, string filter)
    {
        var body = await fixture.Http.GraphQLAsync(
            $$"""{ administrativePenalties(first: 50 {{filter}}) { totalCount nodes { sourceAgency sourceRecordId } } }""", accessToken: fixture.Token(agency));
        var page = body.GetProperty("data").GetProperty("administrativePenalties");
        var rows = page.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("sourceAgency").GetString()}/{n.GetProperty("sourceRecordId").GetString()}").ToHashSet(StringComparer.Ordinal);
        Assert.Equal(rows.Count, page.GetProperty("totalCount").GetInt32());
        return rows;
    }
}
