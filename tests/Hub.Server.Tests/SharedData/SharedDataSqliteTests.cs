namespace Hub.Server.Tests.SharedData;

/// <summary>The embedded SQLite default serves the same lookups and lists (paging, filters, masking, sealed rows).</summary>
public sealed class SharedDataSqliteTests : IAsyncLifetime
{
    private SharedDataServer _server = null!;

    public async Task InitializeAsync() => _server = await SharedDataServer.StartAsync(onPostgres: false);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_lookup_and_a_paged_filtered_list_work_on_sqlite()
    {
        var token = await _server.TokenAsync(SharedDataFixture.ReadScopes.Split(' '));
        var person = SharedDataRows.PersonId;
        var first = await _server.QueryAsync(token,
            $$"""
            {
              person(idNumber: "{{person}}") { idNumber criminalJudgments { courtCaseNo } }
              organization(uscc: "{{SharedDataRows.CompanyUscc}}") { name address }
              administrativePenalties(personIdNumber: "{{person}}", from: "2024-01-03", first: 20) {
                totalCount pageInfo { hasNextPage endCursor } nodes { decisionNo personName decisionDate }
              }
            }
            """);
        var data = first.GetProperty("data");
        Assert.Equal(person[..6] + "********" + person[14..], data.GetProperty("person").GetProperty("idNumber").GetString());
        Assert.Equal(1, data.GetProperty("person").GetProperty("criminalJudgments").GetArrayLength());
        Assert.Equal("醴陵市测试化工有限公司", data.GetProperty("organization").GetProperty("name").GetString());

        var page = data.GetProperty("administrativePenalties");
        Assert.Equal(SharedDataRows.PersonPenalties - 2, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(SharedDataRows.PenaltyNo(25), page.GetProperty("nodes")[0].GetProperty("decisionNo").GetString());
        Assert.Equal("张*明", page.GetProperty("nodes")[0].GetProperty("personName").GetString());

        var endCursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var rest = await _server.QueryAsync(token,
            $"{{ administrativePenalties(personIdNumber: \"{person}\", from: \"2024-01-03\", first: 20, after: \"{endCursor}\") {{ pageInfo {{ hasNextPage }} nodes {{ decisionDate }} }} }}");
        var restPage = rest.GetProperty("data").GetProperty("administrativePenalties");
        Assert.False(restPage.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(["2024-01-05", "2024-01-04", "2024-01-03"], restPage.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("decisionDate").GetString()));
    }
}
