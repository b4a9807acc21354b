using Hub.GraphQL.Data.Filtering;
using Hub.GraphQL.Data.Sorting;
using Hub.GraphQL.Errors;

namespace Hub.GraphQL.Data.Tests.Filtering;

/// <summary>Bad <c>where</c>/<c>order</c> input: HotChocolate's validation and <c>HC0026</c>, the limits, and guards.</summary>
public sealed class FilterErrorTests : IAsyncLifetime
{
    private Books _books = null!;

    public async Task InitializeAsync() => _books = await Books.CreateAsync(count: 5);

    public async Task DisposeAsync() => await _books.DisposeAsync();

    [Fact]
    public async Task An_unknown_operator_is_a_validation_error()
    {
        var json = await _books.ExecuteAsync("{ books(where: { title: { like: \"A%\" } }) { totalCount } }");

        Assert.Equal(
            """{"errors":[{"message":"Field \"like\" is not defined by type \"StringOperationFilterInput\".","locations":[{"line":1,"column":27}]}]}""",
            json);
    }

    [Fact]
    public async Task A_range_operator_on_a_string_is_a_validation_error()
    {
        var json = await _books.ExecuteAsync("{ books(where: { title: { gt: \"A\" } }) { totalCount } }");

        Assert.Contains("Field \\\"gt\\\" is not defined by type \\\"StringOperationFilterInput\\\".", json);
    }

    [Fact]
    public async Task A_null_field_is_HC0026()
    {
        var json = await _books.ExecuteAsync("{ books(where: { title: null }) { totalCount } }");

        Assert.Equal(
            """{"errors":[{"message":"The provided value for filter `title` of type BookFilterInput is invalid. Null values are not supported.","locations":[{"line":1,"column":3}],"path":["books"],"extensions":{"code":"HC0026","expectedType":"StringOperationFilterInput","filterType":"BookFilterInput"}}],"data":{"books":null}}""",
            json);
    }

    [Fact]
    public async Task A_null_operand_of_a_partial_match_or_range_is_HC0026()
    {
        var contains = await _books.ExecuteAsync("{ books(where: { title: { contains: null } }) { totalCount } }");
        var gt = await _books.ExecuteAsync("{ books(where: { pages: { gt: null } }) { totalCount } }");
        var eqOnNonNull = await _books.ExecuteAsync("{ books(where: { pages: { eq: null } }) { totalCount } }");

        Assert.Contains("\"message\":\"The provided value for filter `contains` of type StringOperationFilterInput is invalid. Null values are not supported.\"", contains);
        Assert.Contains("\"extensions\":{\"code\":\"HC0026\",\"expectedType\":\"String!\",\"filterType\":\"StringOperationFilterInput\"}", contains);
        Assert.Contains("\"message\":\"The provided value for filter `gt` of type IntOperationFilterInput is invalid. Null values are not supported.\"", gt);
        Assert.Contains("\"message\":\"The provided value for filter `eq` of type IntOperationFilterInput is invalid. Null values are not supported.\"", eqOnNonNull);
    }

    [Fact]
    public async Task Eq_null_on_a_nullable_field_selects_the_rows_without_a_value()
    {
        var json = await _books.ExecuteAsync("{ books(where: { author: { eq: null } }) { totalCount } }");

        Assert.Equal("{\"data\":{\"books\":{\"totalCount\":" + _books.Rows.Count(b => b.Author is null) + "}}}", json);
    }

    [Fact]
    public async Task A_filter_nested_deeper_than_allowed_is_refused_with_its_path()
    {
        var schema = _books.Schema(FilteringOptions.Default with { MaxDepth = 3 });

        var allowed = await _books.ExecuteAsync("{ books(where: { and: [{ title: { eq: \"Beta\" } }] }) { totalCount } }", schema);
        var refused = await _books.ExecuteAsync("{ books(where: { and: [{ or: [{ title: { eq: \"Beta\" } }] }] }) { totalCount } }", schema);

        Assert.DoesNotContain("errors", allowed);
        Assert.Equal(
            """{"errors":[{"message":"The filter of Query.books is nested more than 3 levels deep at where.and[0].or[0].title.","locations":[{"line":1,"column":3}],"path":["books"],"extensions":{"code":"FILTER_MAX_DEPTH","coordinate":"Query.books","path":"where.and[0].or[0].title","maxDepth":3}}],"data":{"books":null}}""",
            refused);
    }

    [Fact]
    public async Task More_or_branches_than_allowed_are_refused()
    {
        var schema = _books.Schema(FilteringOptions.Default with { MaxOrBranches = 3 });
        var three = "{ pages: { eq: 1 } }, { pages: { eq: 2 } }, { pages: { eq: 3 } }";

        var allowed = await _books.ExecuteAsync($"{{ books(where: {{ or: [{three}] }}) {{ totalCount }} }}", schema);
        // Fields are read in the order the input type declares them (and, or, then the fields): the and's branch counts first.
        var refused = await _books.ExecuteAsync($"{{ books(where: {{ or: [{three}], and: [{{ or: [{{ pages: {{ eq: 4 }} }}] }}] }}) {{ totalCount }} }}", schema);

        Assert.DoesNotContain("errors", allowed);
        Assert.Equal(
            """{"errors":[{"message":"The filter of Query.books has more than 3 `or` branches (counted up to where.or); split the request or narrow it with `and`.","locations":[{"line":1,"column":3}],"path":["books"],"extensions":{"code":"FILTER_MAX_OR_BRANCHES","coordinate":"Query.books","path":"where.or","maxOrBranches":3}}],"data":{"books":null}}""",
            refused);
    }

    [Fact]
    public async Task Guards_see_every_field_use_before_the_query_runs()
    {
        var seen = new List<FieldUse>();
        var schema = _books.Schema(
            FilteringOptions.Default with { Guard = (_, uses) => { seen.AddRange(uses); return ValueTask.CompletedTask; } },
            new SortingOptions
            {
                Guard = (_, uses) => uses.Any(u => u.Field == "author")
                    ? throw new GraphQLException(new GraphQLError("Sorting by author is not allowed.", extensions: new Dictionary<string, object?> { ["code"] = "NO" }))
                    : ValueTask.CompletedTask,
            });

        await _books.ExecuteAsync("{ books(where: { title: { startsWith: \"A\", or: [{ eq: \"Beta\" }] }, or: [{ pages: { gt: 1 } }] }) { totalCount } }", schema);
        var refused = await _books.ExecuteAsync("{ books(order: [{ title: ASC }, { author: DESC }]) { totalCount } }", schema);

        Assert.Equal(
            [new FieldUse("pages", "gt", "where.or[0].pages.gt"), new FieldUse("title", "eq", "where.title.or[0].eq"), new FieldUse("title", "startsWith", "where.title.startsWith")],
            seen);
        Assert.Contains("\"message\":\"Sorting by author is not allowed.\"", refused);
    }
}
