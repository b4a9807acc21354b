using System.Text.Json;
using Hub.Testing.Filtering;

namespace Hub.GraphQL.Data.Tests.Filtering;

/// <summary>
/// Random <c>where</c>/<c>order</c> arguments (seeded) translated to SQL by EF Core on SQLite give exactly the rows and
/// order of the same filter evaluated independently in memory over the rows as stored.
/// </summary>
public sealed class FilterDifferentialTests : IAsyncLifetime
{
    private static readonly FilterColumn[] Columns =
    [
        new("title", r => ((Book)r).Title, FilterColumnKind.String, RandomWhere.ScalarLiteral),
        new("author", r => ((Book)r).Author, FilterColumnKind.String, RandomWhere.ScalarLiteral),
        new("pages", r => ((Book)r).Pages, FilterColumnKind.Comparable, RandomWhere.ScalarLiteral),
        new("edition", r => ((Book)r).Edition is { } e ? (int)e : null, FilterColumnKind.Comparable, RandomWhere.ScalarLiteral),
        new("price", r => ((Book)r).Price, FilterColumnKind.Comparable, RandomWhere.ScalarLiteral),
        new("published", r => ((Book)r).Published, FilterColumnKind.Comparable, RandomWhere.ScalarLiteral),
        new("withdrawn", r => ((Book)r).Withdrawn, FilterColumnKind.Comparable, RandomWhere.ScalarLiteral),
        new("available", r => ((Book)r).Available, FilterColumnKind.Boolean, RandomWhere.ScalarLiteral),
        new("genre", r => ((Book)r).Genre, FilterColumnKind.Enum, RandomWhere.EnumLiteral),
    ];

    private Books _books = null!;

    public async Task InitializeAsync() => _books = await Books.CreateAsync(count: 80, seed: 11);

    public async Task DisposeAsync() => await _books.DisposeAsync();

    [Fact]
    public async Task Random_filters_and_orders_return_the_rows_evaluated_in_memory()
    {
        var random = new Random(20261207);
        var where = new RandomWhere(random, _books.Rows, Columns);
        var order = new RandomOrder(random, Columns, r => ((Book)r).Id, nullsLargest: false);
        var schema = _books.Schema();
        var nonEmpty = 0;
        for (var i = 0; i < 150; i++)
        {
            var (filter, matches) = where.Next();
            var (sort, compare) = order.Next();
            var expected = _books.Rows.Where(b => matches(b)).ToList();
            expected.Sort((a, b) => compare(a, b));

            var json = await _books.ExecuteAsync($"{{ books(first: 1000, where: {filter}, order: {sort}) {{ totalCount nodes {{ id }} }} }}", schema);

            var root = JsonDocument.Parse(json).RootElement;
            Assert.False(root.TryGetProperty("errors", out _), $"where: {filter}, order: {sort}\n{json}");
            var books = root.GetProperty("data").GetProperty("books");
            var actual = books.GetProperty("nodes").EnumerateArray().Select(n => long.Parse(n.GetProperty("id").GetString()!)).ToList();
            Assert.True(expected.Select(b => b.Id).SequenceEqual(actual), $"where: {filter}, order: {sort}\nexpected {string.Join(",", expected.Select(b => b.Id))}\nactual   {string.Join(",", actual)}");
            Assert.Equal(expected.Count, books.GetProperty("totalCount").GetInt32());
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }

        // The generator draws values from the rows, so most filters select something: the comparison is not vacuous.
        Assert.True(nonEmpty > 75, $"only {nonEmpty} of 150 filters selected rows");
    }
}
