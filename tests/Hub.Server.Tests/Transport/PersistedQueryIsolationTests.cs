using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Server.Tests.SharedData;

namespace Hub.Server.Tests.Transport;

/// <summary>Automatic persisted queries on the hub: one client cannot learn from the cache what another registered.</summary>
public sealed class PersistedQueryIsolationTests(SharedDataFixture fixture) : IClassFixture<SharedDataFixture>
{
    [Fact]
    public async Task A_hash_registered_by_one_client_is_unknown_to_every_other_caller()
    {
        var query = $"{{ person(idNumber: \"{SharedDataRows.PersonId}\") {{ sex }} }} # {Guid.NewGuid()}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var owner = await fixture.Server.TokenAsync("persons.read");
        var sameScopes = await fixture.Server.TokenAsync("persons.read");
        var outsider = await fixture.Server.TokenAsync("clues.read");

        var registered = await PostAsync(owner, query, hash);
        Assert.Equal("M", registered.GetProperty("data").GetProperty("person").GetProperty("sex").GetString());
        Assert.Equal("M", (await PostAsync(owner, null, hash)).GetProperty("data").GetProperty("person").GetProperty("sex").GetString());

        // The same answer as for a hash nobody registered: neither that it exists nor an authorization error that names it.
        var neverRegistered = await PostAsync(outsider, null, new string('0', 64));
        foreach (var caller in new[] { outsider, sameScopes, null })
        {
            var answer = await PostAsync(caller, null, hash);
            Assert.Equal(neverRegistered.GetRawText(), answer.GetRawText());
        }

        var error = Assert.Single(neverRegistered.GetProperty("errors").EnumerateArray());
        Assert.Equal(("PersistedQueryNotFound", "HC0020"),
            (error.GetProperty("message").GetString(), error.GetProperty("extensions").GetProperty("code").GetString()));
    }

    private async Task<JsonElement> PostAsync(string? token, string? query, string hash)
    {
        using var http = new HttpClient { BaseAddress = fixture.Server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new Dictionary<string, object?>
            {
                ["query"] = query,
                ["extensions"] = new { persistedQuery = new { version = 1, sha256Hash = hash } },
            }),
        };
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
