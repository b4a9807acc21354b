using System.Reflection;
using System.Text.Json;
using Hub.Data.Hosting;
using Hub.Data.Model;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Judicial;
using Hub.Testing.Filtering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// Random <c>where</c>/<c>order</c> arguments (seeded) on three lists of the generated demo data, over HTTP with a real
/// token, return exactly the rows, order and count of the same filter evaluated in memory over the rows read back from
/// the database, on PostgreSQL and on SQLite (where instants such as <c>ingestedAt</c> are stored as sortable text).
/// </summary>
public sealed class SharedDataFilterDifferentialTests
{
    private const int Requests = 40;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Random_filters_and_orders_equal_the_filter_evaluated_over_the_rows_read_back(bool onPostgres)
    {
        await using var server = await SharedDataServer.StartWithDemoDataAsync(onPostgres, seed: 20240601);
        var token = await server.TokenAsync([.. SharedDataFixture.ReadScopes.Split(' '), "persons.reveal"]);
        var random = new Random(20261207);

        await CompareAsync<AdministrativePenalty>(server, token, "administrativePenalties", "AdministrativePenalty", random, onPostgres);
        await CompareAsync<CriminalJudgment>(server, token, "criminalJudgments", "CriminalJudgment", random, onPostgres);
        await CompareAsync<JudicialAuction>(server, token, "judicialAuctions", "JudicialAuction", random, onPostgres);
    }

    private static async Task CompareAsync<T>(SharedDataServer server, string token, string list, string typeName, Random random, bool onPostgres)
        where T : SharedRecord
    {
        var filterable = (await server.QueryAsync(token, $$"""{ __type(name: "{{typeName}}FilterInput") { inputFields { name } } }"""))
            .GetProperty("data").GetProperty("__type").GetProperty("inputFields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!).ToHashSet();
        await using var db = server.Services.GetRequiredService<HubDatabase>().CreateContext();
        var rows = await db.Set<T>().AsNoTracking().Where(r => !r.Sealed).ToListAsync();
        var entity = db.GetService<IDesignTimeModel>().Model.FindEntityType(typeof(T))!;
        var columns = typeof(T).GetProperties().Where(p => filterable.Contains(FieldName(p))).Select(Column).ToList();
        Assert.True(columns.Count >= 8, $"{typeName} has only {columns.Count} filterable fields");
        Assert.Contains(columns, c => c.Field == "ingestedAt"); // an instant, compared and ordered in SQL on SQLite too

        // Enums are stored as codes (sorted as text); PostgreSQL sorts text by byte only in columns collated "C" (keys).
        var sortable = columns
            .Where(c => c.Kind != FilterColumnKind.Enum)
            .Where(c => c.Kind != FilterColumnKind.String || !onPostgres || entity.FindProperty(PropertyName(c.Field))!.GetCollation() == "C")
            .ToList();
        var where = new RandomWhere(random, rows, columns);
        var order = new RandomOrder(random, sortable, r => ((SharedRecord)r).Id, nullsLargest: onPostgres);
        var selecting = 0;
        for (var i = 0; i < Requests; i++)
        {
            var (filter, matches) = where.Next();
            var (sort, compare) = order.Next();
            var expected = rows.Where(r => matches(r)).ToList();
            expected.Sort((a, b) => compare(a, b));

            var result = await server.QueryAsync(token,
                $"{{ {list}(first: 50, reason: \"醴检刑不诉〔2023〕12号 差异测试\", where: {filter}, order: {sort}) {{ totalCount nodes {{ sourceAgency sourceRecordId }} }} }}");

            var context = $"{list}(where: {filter}, order: {sort})";
            Assert.False(result.TryGetProperty("errors", out var errors), $"{context}\n{errors}");
            var page = result.GetProperty("data").GetProperty(list);
            Assert.True(expected.Count == page.GetProperty("totalCount").GetInt32(), $"{context}: expected {expected.Count} rows, got {page.GetProperty("totalCount").GetInt32()}");
            var actual = page.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("sourceAgency").GetString()}/{n.GetProperty("sourceRecordId").GetString()}");
            Assert.True(expected.Take(50).Select(r => $"{r.SourceAgency}/{r.SourceRecordId}").SequenceEqual(actual), $"{context}: the rows or their order differ");
            selecting += expected.Count > 0 ? 1 : 0;
        }

        // The values are drawn from the rows, so a good part of the filters select some: the comparison is not vacuous.
        Assert.True(selecting >= Requests / 4, $"only {selecting} of {Requests} filters on {list} selected rows");
    }

    private static FilterColumn Column(PropertyInfo property)
    {
        // A coded text column is served as a GraphQL enum: its literal is the code's name, not the stored value.
        if (property.GetCustomAttribute<CodedColumnAttribute>() is { } coded)
        {
            return new FilterColumn(FieldName(property), property.GetValue, FilterColumnKind.Enum, value => coded.CodeList.Find((string)value)!.Name);
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var kind = type == typeof(string) ? FilterColumnKind.String
            : type == typeof(bool) ? FilterColumnKind.Boolean
            : type.IsEnum ? FilterColumnKind.Enum
            : FilterColumnKind.Comparable;
        return new FilterColumn(FieldName(property), property.GetValue, kind, kind == FilterColumnKind.Enum ? RandomWhere.EnumLiteral : RandomWhere.ScalarLiteral);
    }

    private static string FieldName(PropertyInfo property) => char.ToLowerInvariant(property.Name[0]) + property.Name[1..];

    private static string PropertyName(string field) => char.ToUpperInvariant(field[0]) + field[1..];
}
