using Hub.GraphQL.Data.Filtering;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Data.Sorting;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hub.GraphQL.Data.Tests.Filtering;

public sealed class Writer
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string? Country { get; set; }

    public int Born { get; set; }

    public List<Novel> Novels { get; set; } = [];
}

public sealed class Novel
{
    public long Id { get; set; }

    public string Title { get; set; } = "";

    public int Pages { get; set; }

    public long? WriterId { get; set; }

    /// <summary>A navigation: filtered and sorted through a join.</summary>
    public Writer? Writer { get; set; }

    /// <summary>A collection navigation: filtered with <c>some</c>/<c>all</c>/<c>none</c>/<c>any</c>.</summary>
    public List<Review> Reviews { get; set; } = [];

    /// <summary>A primitive collection (a JSON array on SQLite, <c>text[]</c> on PostgreSQL).</summary>
    public List<string> Tags { get; set; } = [];
}

public sealed class Review
{
    public long Id { get; set; }

    public long NovelId { get; set; }

    public int Stars { get; set; }

    public string Reviewer { get; set; } = "";
}

/// <summary>
/// Novels with their writer (a navigation), reviews (a collection of rows) and tags (a collection of strings), in a fresh
/// SQLite or PostgreSQL database, served as <c>novels</c> with <c>UseSorting().UseFiltering().UsePaging()</c>: the
/// fixture of the nested and list filter tests. The rows are generated from a seed; some novels have no writer, no
/// review or no tag.
/// </summary>
public sealed class Novels : IAsyncDisposable
{
    public const string Sdl = """
        type Query { novels: [Novel!] }

        type Novel {
          id: ID!
          title: String!
          pages: Int!
          writer: Writer
          reviews: [Review!]!
          tags: [String!]!
        }

        type Writer {
          id: ID!
          name: String!
          country: String
          born: Int!
          novels: [Novel!]!
        }

        type Review {
          id: ID!
          stars: Int!
          reviewer: String!
        }
        """;

    private static readonly string[] Titles = ["Rain", "River", "Red Sorghum", "Frog", "Fortress", "Wolf Totem"];
    private static readonly string[] TagNames = ["classic", "city", "village", "war", "love"];
    private static readonly string[] Reviewers = ["Li", "Lin", "Wang", "Zhou"];

    private readonly DbContextOptions<NovelsContext> _options;

    private Novels(DbContextOptions<NovelsContext> options, List<Novel> rows)
    {
        _options = options;
        Rows = rows;
    }

    /// <summary>The novels as stored, each with its writer and reviews.</summary>
    public List<Novel> Rows { get; }

    public static async Task<Novels> CreateAsync(bool onPostgres, int count = 40, int seed = 5)
    {
        var random = new Random(seed);
        var writers = Enumerable.Range(1, 6).Select(i => new Writer
        {
            Id = i,
            Name = $"{(char)('A' + random.Next(4))}{i}",
            Country = random.Next(3) == 0 ? null : random.Next(2) == 0 ? "CN" : "FR",
            Born = 1950 + random.Next(4) * 10,
        }).ToList();
        var reviewId = 0;
        var rows = Enumerable.Range(1, count).Select(i => new Novel
        {
            Id = i,
            Title = Titles[random.Next(Titles.Length)],
            Pages = random.Next(1, 6) * 100,
            Writer = random.Next(6) == 0 ? null : writers[random.Next(writers.Count)],
            Reviews = Enumerable.Range(0, random.Next(4))
                .Select(_ => new Review { Id = ++reviewId, Stars = random.Next(1, 6), Reviewer = Reviewers[random.Next(Reviewers.Length)] })
                .ToList(),
            Tags = TagNames.Where(_ => random.Next(3) == 0).ToList(),
        }).ToList();

        var builder = new DbContextOptionsBuilder<NovelsContext>();
        var options = onPostgres
            ? builder.UseNpgsql(await PostgresServer.Shared.CreateDatabaseAsync("hub_novels")).Options
            : builder.UseSqlite($"Data Source={Path.Combine(Path.GetTempPath(), $"hub-novels-{Guid.NewGuid():N}.db")};Pooling=False").Options;
        await using var db = new NovelsContext(options);
        await db.Database.EnsureCreatedAsync();
        db.Novels.AddRange(rows);
        await db.SaveChangesAsync();
        return new Novels(options, rows);
    }

    /// <summary>The schema over this database, with the given fields (the defaults when null).</summary>
    public Schema Schema(QueryableFields<Novel>? fields = null)
    {
        var builder = SchemaBuilder.New().AddSdl(Sdl);
        builder.Field("Query", "novels")
            .Resolve(context =>
            {
                var db = new NovelsContext(_options);
                context.RegisterForCleanup(db.DisposeAsync);
                return db.Novels.AsNoTracking().OrderBy(n => n.Id).AsQueryable();
            })
            .UseSorting(fields)
            .UseFiltering(fields, FilteringOptions.Default)
            .UsePaging(PagingOptions.Default with { IncludeTotalCount = true, MaxPageSize = 1000 });
        return builder.Build();
    }

    /// <summary>Runs <paramref name="query"/> and returns the response as graphql-js would print it.</summary>
    public async Task<string> ExecuteAsync(string query, Schema schema)
    {
        var result = await schema.MakeExecutable().ExecuteAsync(new GraphQLRequest { Query = query });
        return ResultJsonWriter.ToJson((ExecutionResult)result);
    }

    public async ValueTask DisposeAsync()
    {
        await using var db = new NovelsContext(_options);
        await db.Database.EnsureDeletedAsync();
    }

    private sealed class NovelsContext(DbContextOptions<NovelsContext> options) : DbContext(options)
    {
        public DbSet<Novel> Novels => Set<Novel>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Writer>().Property(w => w.Id).ValueGeneratedNever();
            modelBuilder.Entity<Novel>().Property(n => n.Id).ValueGeneratedNever();
            modelBuilder.Entity<Review>().Property(r => r.Id).ValueGeneratedNever();
        }
    }
}
