namespace Hub.GraphQL.Data.Tests.Paging;

/// <summary>Connections through the engine, compared with HotChocolate's snapshots of the same queries.</summary>
public sealed class CursorPagingTests
{
    private const string Page = "edges { cursor node } nodes pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount";

    [Fact]
    public async Task First_two_after_a_cursor()
    {
        var json = await LettersSchema.ExecuteAsync($"{{ letters(first: 2, after: \"MQ==\") {{ {Page} }} }}");
        Assert.Equal(
            """{"data":{"letters":{"edges":[{"cursor":"Mg==","node":"c"},{"cursor":"Mw==","node":"d"}],"nodes":["c","d"],"pageInfo":{"hasNextPage":true,"hasPreviousPage":true,"startCursor":"Mg==","endCursor":"Mw=="},"totalCount":12}}}""",
            json);
    }

    [Fact]
    public async Task Without_arguments_the_default_page_of_ten_from_the_start()
    {
        var json = await LettersSchema.ExecuteAsync("{ letters { nodes pageInfo { hasNextPage hasPreviousPage } } }");
        Assert.Equal("""{"data":{"letters":{"nodes":["a","b","c","d","e","f","g","h","i","j"],"pageInfo":{"hasNextPage":true,"hasPreviousPage":false}}}}""", json);
    }

    [Fact]
    public async Task Last_without_before_counts_and_reads_the_end()
    {
        var json = await LettersSchema.ExecuteAsync("{ letters(last: 3) { nodes pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }");
        Assert.Equal("""{"data":{"letters":{"nodes":["j","k","l"],"pageInfo":{"hasNextPage":false,"hasPreviousPage":true,"startCursor":"OQ==","endCursor":"MTE="}}}}""", json);
    }

    [Fact]
    public async Task Last_before_and_first_after_meet_in_the_middle()
    {
        var before = await LettersSchema.ExecuteAsync("{ letters(last: 2, before: \"NQ==\") { nodes } }");
        Assert.Equal("""{"data":{"letters":{"nodes":["d","e"]}}}""", before);

        var between = await LettersSchema.ExecuteAsync("{ letters(first: 10, after: \"MQ==\", before: \"NQ==\") { nodes pageInfo { hasNextPage } } }");
        Assert.Equal("""{"data":{"letters":{"nodes":["c","d","e"],"pageInfo":{"hasNextPage":true}}}}""", between);
    }

    [Fact]
    public async Task After_the_last_item_the_page_is_empty()
    {
        var json = await LettersSchema.ExecuteAsync("{ letters(after: \"MTE=\") { nodes pageInfo { hasNextPage startCursor endCursor } } }");
        Assert.Equal("""{"data":{"letters":{"nodes":[],"pageInfo":{"hasNextPage":false,"startCursor":null,"endCursor":null}}}}""", json);
    }

    [Fact]
    public async Task More_than_fifty_is_HotChocolates_max_page_size_error()
    {
        var json = await LettersSchema.ExecuteAsync("{ letters(last: 51) { nodes } }");
        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed items per page were exceeded.","locations":[{"line":1,"column":3}],"path":["letters"],"extensions":{"code":"HC0051","coordinate":"Query.letters","requestedItems":51,"maxAllowedItems":50}}],"data":{"letters":null}}""",
            json);
    }

    [Fact]
    public async Task A_cursor_the_connection_did_not_issue_is_an_error_naming_the_argument()
    {
        var json = await LettersSchema.ExecuteAsync("{ letters(before: \"abc\") { nodes } }");
        Assert.Equal(
            """{"errors":[{"message":"The cursor specified in `before` has an invalid format.","locations":[{"line":1,"column":3}],"path":["letters"],"extensions":{"code":"HC0078","argument":"before","cursor":"abc"}}],"data":{"letters":null}}""",
            json);
    }

    [Fact]
    public async Task A_negative_page_size_is_an_error()
    {
        var json = await LettersSchema.ExecuteAsync("{ letters(first: -1) { nodes } }");
        Assert.Contains("\"code\":\"HC0079\"", json);
    }

    [Fact]
    public void The_connection_types_print_as_HotChocolate_prints_them()
    {
        var sdl = LettersSchema.Create().ToSdl();
        Assert.Contains(
            """"
            """A connection to a list of items."""
            type LettersConnection {
              """Information to aid in pagination."""
              pageInfo: PageInfo!

              """A list of edges."""
              edges: [LettersEdge!]

              """A flattened list of the nodes."""
              nodes: [String!]

              """Identifies the total count of items in the connection."""
              totalCount: Int!
            }
            """".ReplaceLineEndings("\n"), sdl);
        Assert.Contains("type LettersEdge {", sdl);
        Assert.Contains("type PageInfo {", sdl);
    }
}
