using System.Text.Json;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Data.Tests.Filtering;

/// <summary>
/// Filters through a navigation (<c>writer: { … }</c>), over collections of rows and of strings (<c>all</c>,
/// <c>none</c>, <c>some</c>, <c>any</c>) and sorts through a navigation: HotChocolate's input types, translated to SQL
/// (joins and <c>EXISTS</c>) on SQLite and PostgreSQL, returning exactly the rows and order the same filter selects in
/// memory over the rows as stored.
/// </summary>
public sealed class NestedFilterTests
{
    /// <summary>A filter and sort, with what they mean over the stored rows (a missing writer reads as null fields).</summary>
    private static readonly (string Where, string Order, Func<Novel, bool> Matches, Func<Novel, IComparable?>[] Keys)[] Cases =
    [
        ("{ writer: { country: { eq: \"CN\" } } }", "[]", n => n.Writer?.Country == "CN", []),
        ("{ writer: { country: { neq: \"CN\" } } }", "[]", n => n.Writer?.Country != "CN", []),
        ("{ writer: { name: { startsWith: \"A\" }, born: { gte: 1970 } } }", "[]", n => n.Writer is { } w && w.Name.StartsWith('A') && w.Born >= 1970, []),
        ("{ or: [{ writer: { born: { lt: 1960 } } }, { pages: { gt: 400 } }] }", "[]", n => n.Writer?.Born < 1960 || n.Pages > 400, []),
        ("{ reviews: { some: { stars: { gte: 4 } } } }", "[]", n => n.Reviews.Any(r => r.Stars >= 4), []),
        ("{ reviews: { all: { stars: { gte: 3 } } } }", "[]", n => n.Reviews.All(r => r.Stars >= 3), []),
        ("{ reviews: { none: { reviewer: { in: [\"Li\", \"Wang\"] } } } }", "[]", n => !n.Reviews.Any(r => r.Reviewer is "Li" or "Wang"), []),
        ("{ reviews: { any: false } }", "[]", n => n.Reviews.Count == 0, []),
        ("{ reviews: { any: true, some: { reviewer: { startsWith: \"Li\" }, stars: { lt: 3 } } } }", "[]", n => n.Reviews.Any(r => r.Reviewer.StartsWith("Li", StringComparison.Ordinal) && r.Stars < 3), []),
        ("{ tags: { some: { eq: \"classic\" } } }", "[]", n => n.Tags.Contains("classic"), []),
        ("{ tags: { all: { endsWith: \"e\" } } }", "[]", n => n.Tags.All(t => t.EndsWith('e')), []),
        ("{ tags: { none: { in: [\"war\", \"love\"] } }, pages: { lte: 300 } }", "[]", n => !n.Tags.Any(t => t is "war" or "love") && n.Pages <= 300, []),
        ("{ tags: { any: true } }", "[]", n => n.Tags.Count > 0, []),
        ("{ writer: { novels: { some: { pages: { gte: 500 } } } } }", "[]", n => n.Writer is { } w && w.Novels.Any(o => o.Pages >= 500), []),
        ("{ writer: { born: { gt: 0 } } }", "[{ writer: { born: DESC } }, { title: ASC }]", n => n.Writer is not null, [n => -n.Writer!.Born, n => n.Title]),
        // The keys of one sort object apply in the order the sort input declares them (name before country).
        ("{ writer: { country: { in: [\"CN\", \"FR\"] } } }", "[{ writer: { country: ASC, name: DESC } }, { pages: ASC }]", n => n.Writer?.Country is "CN" or "FR",
            [n => new Descending(n.Writer!.Name), n => n.Writer!.Country, n => n.Pages]),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Nested_list_and_navigation_filters_and_sorts_return_the_rows_selected_in_memory(bool onPostgres)
    {
        await using var novels = await Novels.CreateAsync(onPostgres);
        var schema = novels.Schema();
        var selecting = 0;
        foreach (var (where, order, matches, keys) in Cases)
        {
            var expected = novels.Rows.Where(matches).OrderBy(_ => 0);
            foreach (var key in keys)
            {
                expected = expected.ThenBy(key, Comparer<IComparable?>.Create((a, b) => a is string x && b is string y ? string.CompareOrdinal(x, y) : Comparer<IComparable?>.Default.Compare(a, b)));
            }

            var ids = expected.ThenBy(n => n.Id).Select(n => n.Id).ToList();
            var json = await novels.ExecuteAsync($"{{ novels(first: 1000, where: {where}, order: {order}) {{ totalCount nodes {{ id }} }} }}", schema);

            var root = JsonDocument.Parse(json).RootElement;
            Assert.False(root.TryGetProperty("errors", out _), $"where: {where}\n{json}");
            var actual = root.GetProperty("data").GetProperty("novels").GetProperty("nodes").EnumerateArray().Select(n => long.Parse(n.GetProperty("id").GetString()!)).ToList();
            Assert.True(ids.SequenceEqual(actual), $"where: {where}, order: {order}\nexpected {string.Join(",", ids)}\nactual   {string.Join(",", actual)}");
            selecting += ids.Count is > 0 and < 40 ? 1 : 0;
        }

        // The cases select some rows but not all: the comparisons are not vacuous.
        Assert.True(selecting >= Cases.Length - 2, $"only {selecting} of {Cases.Length} cases select part of the rows");
    }

    [Fact]
    public async Task Navigations_and_lists_get_HotChocolates_nested_and_list_input_types()
    {
        await using var novels = await Novels.CreateAsync(onPostgres: false, count: 1);
        var sdl = SchemaPrinter.Print(novels.Schema());

        Assert.Contains("""
            input NovelFilterInput {
              and: [NovelFilterInput!]
              or: [NovelFilterInput!]
              title: StringOperationFilterInput
              pages: IntOperationFilterInput
              writer: WriterFilterInput
              reviews: ListFilterInputTypeOfReviewFilterInput
              tags: ListStringOperationFilterInput
            }
            """, sdl);
        Assert.Contains("""
            input WriterFilterInput {
              and: [WriterFilterInput!]
              or: [WriterFilterInput!]
              name: StringOperationFilterInput
              country: StringOperationFilterInput
              born: IntOperationFilterInput
              novels: ListFilterInputTypeOfNovelFilterInput
            }
            """, sdl);
        Assert.Contains("""
            input ListFilterInputTypeOfReviewFilterInput {
              all: ReviewFilterInput
              none: ReviewFilterInput
              some: ReviewFilterInput
              any: Boolean
            }
            """, sdl);
        Assert.Contains("""
            input ListStringOperationFilterInput {
              all: StringOperationFilterInput
              none: StringOperationFilterInput
              some: StringOperationFilterInput
              any: Boolean
            }
            """, sdl);
        Assert.Contains("""
            input NovelSortInput {
              title: SortEnumType
              pages: SortEnumType
              writer: WriterSortInput
            }
            """, sdl);
        Assert.Contains("""
            input WriterSortInput {
              name: SortEnumType
              country: SortEnumType
              born: SortEnumType
            }
            """, sdl);
    }

    [Fact]
    public async Task An_explicit_field_whose_member_is_not_a_navigation_fails_the_schema_build()
    {
        await using var novels = await Novels.CreateAsync(onPostgres: false, count: 1);

        var error = Assert.Throws<InvalidOperationException>(() => novels.Schema(QueryableFields<Novel>.Explicit().Field("writer", n => n.Title)));

        Assert.Equal("\"Novel.writer\" (Writer) cannot be compared in SQL through a member of type String.", error.Message);
    }

    [Fact]
    public async Task A_list_operation_given_null_is_HotChocolates_non_null_error()
    {
        await using var novels = await Novels.CreateAsync(onPostgres: false, count: 3);

        var json = await novels.ExecuteAsync("{ novels(where: { reviews: { some: null } }) { totalCount } }", novels.Schema());

        var error = JsonDocument.Parse(json).RootElement.GetProperty("errors")[0];
        Assert.Equal("The provided value for filter `some` of type ListFilterInputTypeOfReviewFilterInput is invalid. Null values are not supported.", error.GetProperty("message").GetString());
        Assert.Equal("HC0026", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>A key that sorts in the opposite order.</summary>
    private sealed record Descending(string Value) : IComparable
    {
        public int CompareTo(object? other) => string.CompareOrdinal(((Descending)other!).Value, Value);
    }
}
