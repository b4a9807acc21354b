using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Introspection;
using Hub.Identity.Policies;
using Hub.Server.Tests.SharedData;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using GraphQLSchema = Hub.GraphQL.Types.Schema;

namespace Hub.Server.Tests.Authorization;

/// <summary>
/// Every scope of <c>policies/scopes.yaml</c> (and an anonymous caller) × every field of the served schema, through
/// HTTP on a hub running on PostgreSQL (with the shared-data test rows, so lookups answer) with real tokens from its token endpoint, against the reviewed
/// <c>authorization-matrix.yaml</c>. A field the response reaches must be denied (null + AUTH_NOT_AUTHENTICATED for
/// anonymous callers, AUTH_NOT_AUTHORIZED otherwise) or allowed exactly as the file says. Each field is reached through
/// fields the caller may read; a field no such path reaches (or whose parent is null) cannot answer, so for it only
/// the caller's introspection is checked, which must never show a denied field.
/// </summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output)
{
    /// <summary>Arguments that name a row of <see cref="SharedDataRows"/>, so lookups return data whose fields answer.</summary>
    private static readonly Dictionary<string, string> KnownKeys = new(StringComparer.Ordinal)
    {
        ["idNumber"] = SharedDataRows.PersonId,
        ["personIdNumber"] = SharedDataRows.PersonId,
        ["uscc"] = SharedDataRows.CompanyUscc,
    };

    private static readonly string MatrixFile = Path.Combine(Repository.Root, "tests", "Hub.Server.Tests", "Authorization", "authorization-matrix.yaml");

    [Fact]
    public async Task Every_field_answers_every_scope_as_the_reviewed_matrix_says()
    {
        var expected = ExpectedAccess.Load(MatrixFile);
        await using var server = await SharedDataServer.StartAsync(onPostgres: true);
        var schema = server.Services.GetRequiredService<IRequestExecutor>().Schema;
        var fields = ServedFields(schema);
        var coordinates = fields.Select(f => $"{f.Type.Name}.{f.Field.Name}").ToList();
        Assert.True(coordinates.Except(expected.Coordinates).ToList() is [], $"Served fields missing from {MatrixFile}: {string.Join(", ", coordinates.Except(expected.Coordinates))}");
        Assert.True(expected.Coordinates.Except(coordinates).ToList() is [], $"{MatrixFile} lists fields the schema does not serve: {string.Join(", ", expected.Coordinates.Except(coordinates))}");
        var scopes = (await PolicyLoader.LoadAsync(Path.Combine(Repository.Root, "policies"))).Scopes.Select(s => s.Name).ToList();
        Assert.True(expected.Scopes.Except(scopes).ToList() is [], $"{MatrixFile} names scopes scopes.yaml lacks: {string.Join(", ", expected.Scopes.Except(scopes))}");
        Assert.All(fields, f => Assert.True(RootPath.To(schema, f.Type, _ => true) is not null, $"No root reaches {f.Type.Name}."));

        using var http = new HttpClient { BaseAddress = server.Address };
        var callers = new List<(string? Scope, string? Token)> { (null, null) };
        foreach (var scope in scopes)
        {
            callers.Add((scope, await server.TokenAsync(scope)));
        }

        var results = await Task.WhenAll(callers.Select(caller => CheckCallerAsync(http, expected, schema, fields, caller.Scope, caller.Token)));

        var mismatches = results.SelectMany(r => r.Mismatches).ToList();
        output.WriteLine($"{fields.Count} fields × {callers.Count} callers: {results.Sum(r => r.ByExecution)} cells answered by execution, " +
            $"{results.Sum(r => r.ByIntrospection)} the caller cannot reach (a parent it may not read, or null) checked by introspection.");
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static List<(ObjectType Type, OutputField Field)> ServedFields(GraphQLSchema schema) =>
        [.. schema.Types.Values.OfType<ObjectType>()
            .Where(t => !IntrospectionTypes.IsIntrospectionType(t))
            .SelectMany(t => t.Fields.Values.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).Select(f => (t, f)))];

    private static async Task<(List<string> Mismatches, int ByExecution, int ByIntrospection)> CheckCallerAsync(
        HttpClient http, ExpectedAccess expected, GraphQLSchema schema, List<(ObjectType Type, OutputField Field)> fields, string? scope, string? token)
    {
        var who = scope ?? "anonymous";
        var probes = fields.Select((f, i) => FieldProbe.For(schema, f.Type, f.Field, i, KnownKeys, c => expected.Allows(c, scope))).OfType<FieldProbe>().ToList();
        var responses = await ExecuteProbesAsync(http, expected, probes, scope, token);
        var visible = await VisibleFieldsAsync(http, token);
        var mismatches = new List<string>();
        var (byExecution, byIntrospection) = (0, 0);
        var probed = probes.ToDictionary(p => p.Coordinate);
        foreach (var coordinate in fields.Select(f => $"{f.Type.Name}.{f.Field.Name}"))
        {
            var allowed = expected.Allows(coordinate, scope);
            if (!allowed && visible.Contains(coordinate))
            {
                mismatches.Add($"{coordinate} × {who}: denied, yet introspection shows it.");
            }

            var probe = probed.GetValueOrDefault(coordinate);
            var outcome = probe is not null && responses.TryGetValue(probe, out var response) ? ProbeOutcome.Read(probe, response) : default;
            if (!outcome.Reached)
            {
                byIntrospection++;
                continue;
            }

            byExecution++;
            var deniedCode = scope is null ? "AUTH_NOT_AUTHENTICATED" : "AUTH_NOT_AUTHORIZED";
            if (allowed ? outcome.AuthCode is not null : outcome.AuthCode != deniedCode)
            {
                mismatches.Add($"{coordinate} × {who}: expected {(allowed ? "allowed" : deniedCode)}, got {outcome.AuthCode ?? "allowed"} for {probe!.Selection}");
            }
        }

        return (mismatches, byExecution, byIntrospection);
    }

    /// <summary>
    /// Runs the probes a caller's response can show, batched: the allowed ones together (one by one again when a
    /// domain error nulled the batch), the denied ones together except those whose error would null the whole data.
    /// </summary>
    private static async Task<Dictionary<FieldProbe, JsonElement>> ExecuteProbesAsync(
        HttpClient http, ExpectedAccess expected, List<FieldProbe> probes, string? scope, string? token)
    {
        var responses = new Dictionary<FieldProbe, JsonElement>();
        var allowed = probes.Where(p => expected.Allows(p.Coordinate, scope)).ToList();
        var denied = probes.Except(allowed).ToList();
        var batches = allowed.GroupBy(p => p.IsMutation).Select(g => g.ToList())
            .Concat(denied.Where(p => !p.NullsData).GroupBy(p => p.IsMutation).Select(g => g.ToList()))
            .Concat(denied.Where(p => p.NullsData).Select(p => new List<FieldProbe> { p }));
        foreach (var batch in batches)
        {
            var response = await PostAsync(http, Document(batch), token);
            var retryAlone = batch.Count > 1 && response.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Null;
            foreach (var probe in batch)
            {
                responses[probe] = retryAlone ? await PostAsync(http, Document([probe]), token) : response;
            }
        }

        return responses;
    }

    private static string Document(List<FieldProbe> batch) =>
        (batch[0].IsMutation ? "mutation " : "query ") + "{ " + string.Join(" ", batch.Select(p => p.Selection)) + " }";

    private static async Task<HashSet<string>> VisibleFieldsAsync(HttpClient http, string? token)
    {
        var response = await PostAsync(http, "{ __schema { types { name fields { name } } } }", token);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return
        [
            .. response.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray()
                .Where(t => t.GetProperty("fields").ValueKind == JsonValueKind.Array)
                .SelectMany(t => t.GetProperty("fields").EnumerateArray().Select(f => $"{t.GetProperty("name").GetString()}.{f.GetProperty("name").GetString()}")),
        ];
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string query, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for {query}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
