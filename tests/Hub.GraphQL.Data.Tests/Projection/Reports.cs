using Hub.GraphQL.Data.Filtering;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Data.Projection;
using Hub.GraphQL.Data.Sorting;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.GraphQL.Data.Tests.Projection;

public sealed class Report
{
    public long Id { get; set; }

    public string Title { get; set; } = "";

    public string? Author { get; set; }

    public int Pages { get; set; }

    public string Body { get; set; } = "";

    /// <summary>Not a column: computed from two that a query must read when <c>label</c> is selected.</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public string Label => $"{Title} ({Pages} pp.)";
}

/// <summary>
/// A SQLite database of reports served as <c>reports</c> with <c>UseSorting().UseFiltering().UseProjection().UsePaging()</c>,
/// which records the SQL of every command it runs.
/// </summary>
public sealed class Reports : IAsyncDisposable
{
    public const string Sdl = """
        type Query { reports: [Report!] }

        type Report {
          id: ID!
          title: String!
          author: String
          pages: Int!
          body: String!
          label: String!
        }
        """;

    private readonly SqliteConnection _connection;

    private Reports(SqliteConnection connection) => _connection = connection;

    /// <summary>The SQL of the commands run so far, in order.</summary>
    public List<string> Commands { get; } = [];

    public static async Task<Reports> CreateAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var reports = new Reports(connection);
        await using var db = reports.Context();
        await db.Database.EnsureCreatedAsync();
        db.Reports.AddRange(Enumerable.Range(1, 12).Select(i => new Report
        {
            Id = i,
            Title = $"Report {i}",
            Author = i % 3 == 0 ? null : $"Author {i % 4}",
            Pages = i * 10,
            Body = $"body {i}",
        }));
        await db.SaveChangesAsync();
        reports.Commands.Clear();
        return reports;
    }

    /// <summary>The schema over this database; <paramref name="fields"/> are what the projection knows of the rows.</summary>
    public Schema Schema(ProjectedFields<Report> fields)
    {
        var builder = SchemaBuilder.New().AddSdl(Sdl);
        builder.Field("Query", "reports")
            .Resolve(context =>
            {
                var db = Context();
                context.RegisterForCleanup(db.DisposeAsync);
                return db.Reports.AsNoTracking().OrderBy(r => r.Id).AsQueryable();
            })
            .UseSorting()
            .UseFiltering()
            .UseProjection(fields)
            .UsePaging(PagingOptions.Default with { IncludeTotalCount = true });
        builder.BindResolver("Report", "label", parent => ((Report)parent!).Label);
        return builder.Build();
    }

    /// <summary>Runs <paramref name="query"/> and returns the response as graphql-js would print it.</summary>
    public async Task<string> ExecuteAsync(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await schema.MakeExecutable().ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables });
        return ResultJsonWriter.ToJson((ExecutionResult)result);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private ReportsContext Context() => new(new DbContextOptionsBuilder<ReportsContext>()
        .UseSqlite(_connection)
        .LogTo(message => Commands.Add(message), [RelationalEventId.CommandExecuted])
        .Options);

    private sealed class ReportsContext(DbContextOptions<ReportsContext> options) : DbContext(options)
    {
        public DbSet<Report> Reports => Set<Report>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Report>().Ignore(r => r.Label);
    }
}
