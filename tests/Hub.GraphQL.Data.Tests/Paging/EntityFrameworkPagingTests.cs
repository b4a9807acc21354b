using Hub.GraphQL.Data.Paging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.GraphQL.Data.Tests.Paging;

/// <summary>Paging an EF Core query runs asynchronously in the database: one windowed query per page, the count only when read.</summary>
public sealed class EntityFrameworkPagingTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private ItemsContext _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new ItemsContext(new DbContextOptionsBuilder<ItemsContext>().UseSqlite(_connection).Options);
        await _db.Database.EnsureCreatedAsync();
        _db.Items.AddRange(Enumerable.Range(1, 30).Select(i => new Item { Id = i, Name = $"item {i}" }));
        await _db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task Pages_of_an_ordered_query_and_its_count()
    {
        var ordered = _db.Items.OrderByDescending(i => i.Id);
        var counted = 0;
        var page = await ordered.ToConnectionAsync(new PagingArguments(First: 5, After: 9, Last: null, Before: null),
            () =>
            {
                counted++;
                return QueryableCursorPaging.CountAsync(ordered, CancellationToken.None);
            },
            CancellationToken.None);

        Assert.Equal([20, 19, 18, 17, 16], page.Nodes.Select(i => i.Id));
        Assert.Equal(IndexCursor.Format(10), page.PageInfo.StartCursor);
        Assert.True(page.PageInfo.HasNextPage);
        Assert.Equal(0, counted);
        Assert.Equal(30, await page.GetTotalCountAsync());
        Assert.Equal(30, await page.GetTotalCountAsync());
        Assert.Equal(1, counted);
    }

    private sealed class ItemsContext(DbContextOptions<ItemsContext> options) : DbContext(options)
    {
        public DbSet<Item> Items => Set<Item>();
    }

    private sealed class Item
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";
    }
}
