using System.Security.Cryptography;
using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Storage;
using Hub.Server.Schema.SharedData;
using Hub.Server.Tests.Administration;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// The hub as first started (the generated demo data imported) answers a selection of every field of every type
/// reachable from Query, made by a client holding every scope of the catalogue, without a single error.
/// </summary>
public sealed class EveryFieldTests : IAsyncLifetime
{
    private const string Reason = "醴检刑不诉〔2025〕1号 核查";

    private HubKestrelServer _server = null!;
    private HubHttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await HubKestrelServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = await PostgresServer.Shared.CreateDatabaseAsync("hub_every_field"),
            ["Identity:KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Hub:SeedOnFirstStart"] = "true",
        });
        _http = new HubHttpClient(_server.Address);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Every_field_of_every_type_reachable_from_Query_answers_on_the_demo_data_without_an_error()
    {
        var token = await EveryScopeTokenAsync();
        var introspection = await _http.GraphQLAsync(ServedSchemaSelection.IntrospectionQuery, accessToken: token);
        var schema = new ServedSchemaSelection(introspection.GetProperty("data").GetProperty("__schema"));
        var keys = new Dictionary<string, string> { ["code"] = AdminHubFixture.OperatorAgency };
        var errors = new List<string>();
        var nonEmpty = 0;

        // Roots without required arguments first: their answers supply the keys (an identity number, a USCC) the lookups need.
        var roots = schema.RootFields()
            .OrderBy(f => f.GetProperty("args").EnumerateArray().Any(a => a.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL"))
            .ToList();
        foreach (var root in roots)
        {
            var rootName = root.GetProperty("name").GetString()!;
            var selection = schema.Field(schema.QueryType, root, (name, required) => Argument(rootName, name, required, keys));
            var answer = await _http.GraphQLAsync($"{{ {selection} }}", accessToken: token);
            if (answer.TryGetProperty("errors", out var rootErrors))
            {
                errors.Add($"{root.GetProperty("name").GetString()}: {rootErrors}");
            }
            else if (answer.GetProperty("data").EnumerateObject().Single().Value.ValueKind != JsonValueKind.Null)
            {
                nonEmpty++;
                CollectKeys(answer, keys);
                if (rootName == "clues")
                {
                    // The demo's first start ran every model, so there is a clue for clue(id:).
                    keys.TryAdd("clueId", answer.GetProperty("data").GetProperty("clues").GetProperty("nodes")[0].GetProperty("id").GetString()!);
                }
            }
        }

        Assert.Empty(errors);
        Assert.Equal(schema.Reachable().Order(), schema.Selected.Order());
        Assert.Equal(roots.Count, nonEmpty);
    }

    private async Task<string> EveryScopeTokenAsync()
    {
        await using var db = await _server.Services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync();
        var scopes = await db.Scopes.Select(s => s.Name).ToListAsync();
        // The demo data's procuratorate: it sees every provider's rows of 醴陵 (any other agency sees only its own deliveries).
        var client = await _server.Services.GetRequiredService<IdentityAdministration>()
            .CreateClientAsync("SPP-430281", "Every field", scopes, "test");
        return await _http.AccessTokenAsync(client.ClientId, client.ClientSecret!, string.Join(' ', scopes));
    }

    private static string? Argument(string root, string name, bool required, Dictionary<string, string> keys) => name switch
    {
        "first" => "2",
        "id" when root == "supervisionModel" => JsonSerializer.Serialize("M01"),
        "id" when root == "clue" && keys.TryGetValue("clueId", out var clueId) => JsonSerializer.Serialize(clueId),
        "reason" => JsonSerializer.Serialize(Reason),
        "id" when root == "node" && keys.TryGetValue("uscc", out var uscc) => JsonSerializer.Serialize(new GlobalId("Organization", uscc).Serialize()),
        "ids" when root == "nodes" && keys.TryGetValue("uscc", out var uscc) => JsonSerializer.Serialize(new[] { new GlobalId("Organization", uscc).Serialize() }),
        "personIdNumber" when root == "hasDisciplineSanction" && keys.TryGetValue("idNumber", out var idNumber) => JsonSerializer.Serialize(idNumber),
        _ when keys.TryGetValue(name, out var value) => JsonSerializer.Serialize(value),
        _ when required => throw new InvalidOperationException($"No value for the required argument \"{name}\": teach EveryFieldTests one."),
        _ => null,
    };

    /// <summary>Remembers the first full identity number and USCC an answer shows, for <c>person</c> and <c>organization</c>.</summary>
    private static void CollectKeys(JsonElement element, Dictionary<string, string> keys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value is { ValueKind: JsonValueKind.String } text && text.GetString() is { Length: 18 } value && !value.Contains('*'))
                    {
                        if (property.Name.EndsWith("IdNumber", StringComparison.Ordinal))
                        {
                            keys.TryAdd("idNumber", value);
                        }
                        else if (property.Name.EndsWith("uscc", StringComparison.OrdinalIgnoreCase))
                        {
                            keys.TryAdd("uscc", value);
                        }
                    }

                    CollectKeys(property.Value, keys);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectKeys(item, keys);
                }

                break;
        }
    }
}
