using Hub.GraphQL.Data.Paging;

namespace Hub.GraphQL.Data.Tests.Paging;

public sealed class IndexCursorTests
{
    [Theory]
    [InlineData(0, "MA==")]
    [InlineData(2, "Mg==")]
    [InlineData(3, "Mw==")]
    [InlineData(10, "MTA=")]
    public void Cursors_are_base64_of_the_index_as_HotChocolate_writes_them(int index, string cursor)
    {
        Assert.Equal(cursor, IndexCursor.Format(index));
        Assert.True(IndexCursor.TryParse(cursor, out var parsed));
        Assert.Equal(index, parsed);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("YWJj")]
    [InlineData("LTE=")]
    [InlineData("")]
    public void Anything_else_is_not_a_cursor(string cursor) => Assert.False(IndexCursor.TryParse(cursor, out _));
}
