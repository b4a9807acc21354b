using Hub.GraphQL.Data.Filtering;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Data.Sorting;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Scalars;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.GraphQL.Data.Tests.Filtering;

public enum Genre
{
    Novel,
    Poetry,
    ScienceFiction,
}

public sealed class Book
{
    public long Id { get; set; }

    public string Title { get; set; } = "";

    public string? Author { get; set; }

    public int Pages { get; set; }

    public short? Edition { get; set; }

    public decimal? Price { get; set; }

    public DateOnly Published { get; set; }

    public DateOnly? Withdrawn { get; set; }

    public bool Available { get; set; }

    public Genre Genre { get; set; }

    /// <summary>Not a column: never filterable.</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public string Shelf => $"{Genre}/{Title}";
}

/// <summary>
/// A SQLite database of books served as <c>books</c> with <c>UseSorting().UseFiltering().UsePaging()</c>: the fixture of
/// the filtering and sorting tests. The rows are generated from a seed, with nulls, ties and shared prefixes.
/// </summary>
public sealed class Books : IAsyncDisposable
{
    public const string Sdl = """
        type Query { books: [Book!] }

        type Book {
          id: ID!
          title: String!
          author: String
          pages: Int!
          edition: Int
          price: Decimal
          published: Date!
          withdrawn: Date
          available: Boolean!
          genre: Genre!
          shelf: String!
        }

        enum Genre { NOVEL POETRY SCIENCE_FICTION }

        scalar Date
        scalar Decimal
        """;

    private static readonly string[] Titles = ["Alpha", "Alpine", "Beta", "beta", "Gamma ray", "Delta", "Déjà vu", "长城", "长江"];
    private static readonly string?[] Authors = ["Ann", "Anna", "Bob", null, "Carla", "carl"];

    private readonly SqliteConnection _connection;

    private Books(SqliteConnection connection, List<Book> rows)
    {
        _connection = connection;
        Rows = rows;
    }

    /// <summary>The rows as stored.</summary>
    public List<Book> Rows { get; }

    public static async Task<Books> CreateAsync(int count = 60, int seed = 7)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(1, count).Select(i => new Book
        {
            Id = i,
            Title = Titles[random.Next(Titles.Length)],
            Author = Authors[random.Next(Authors.Length)],
            Pages = random.Next(5) * 100,
            Edition = random.Next(3) == 0 ? null : (short)random.Next(1, 4),
            Price = random.Next(4) == 0 ? null : random.Next(1, 6) * 10.5m,
            Published = new DateOnly(2020, 1, 1).AddDays(random.Next(6) * 30),
            Withdrawn = random.Next(2) == 0 ? null : new DateOnly(2024, 1, 1).AddDays(random.Next(3)),
            Available = random.Next(2) == 0,
            Genre = (Genre)random.Next(3),
        }).ToList();
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new BooksContext(connection);
        await db.Database.EnsureCreatedAsync();
        db.Books.AddRange(rows);
        await db.SaveChangesAsync();
        return new Books(connection, rows);
    }

    /// <summary>The schema over this database, with the given options and fields (the defaults when null).</summary>
    public Schema Schema(FilteringOptions? filtering = null, SortingOptions? sorting = null, QueryableFields<Book>? fields = null)
    {
        var builder = SchemaBuilder.New().AddSdl(Sdl).BindEnumType<Genre>("Genre");
        foreach (var scalar in HotChocolateScalars.Create().Where(s => s.Name is "Date" or "Decimal"))
        {
            builder.AddScalar(scalar);
        }

        builder.Field("Query", "books")
            .Resolve(context =>
            {
                var db = new BooksContext(_connection);
                context.RegisterForCleanup(db.DisposeAsync);
                return db.Books.AsNoTracking().OrderBy(b => b.Id).AsQueryable();
            })
            .UseSorting(fields, sorting)
            .UseFiltering(fields, filtering)
            .UsePaging(PagingOptions.Default with { IncludeTotalCount = true, MaxPageSize = 1000 });
        return builder.Build();
    }

    /// <summary>Runs <paramref name="query"/> and returns the response as graphql-js would print it.</summary>
    public async Task<string> ExecuteAsync(string query, Schema? schema = null)
    {
        var result = await (schema ?? Schema()).MakeExecutable().ExecuteAsync(new GraphQLRequest { Query = query });
        return ResultJsonWriter.ToJson((ExecutionResult)result);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private sealed class BooksContext(SqliteConnection connection) : DbContext(new DbContextOptionsBuilder().UseSqlite(connection).Options)
    {
        public DbSet<Book> Books => Set<Book>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Book>().Ignore(b => b.Shelf);
    }
}
