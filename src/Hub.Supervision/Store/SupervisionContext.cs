using Hub.Data.Hosting;
using Hub.Data.Model;

namespace Hub.Supervision.Store;

/// <summary>
/// The clue store: runs, clues and evidence in the PostgreSQL schema <c>supervision</c> (plain tables on SQLite). The
/// tables are created by this project's own SQL migrations (<see cref="SupervisionMigrations"/>), not by EF.
/// </summary>
public sealed class SupervisionContext(DbContextOptions<SupervisionContext> options) : DbContext(options)
{
    /// <summary>The PostgreSQL schema.</summary>
    public const string Schema = "supervision";

    /// <summary>A context on the configured database.</summary>
    public static SupervisionContext Create(HubDataOptions options) =>
        new(new DbContextOptionsBuilder<SupervisionContext>().UseHubDatabase(options).Options);

    public DbSet<ModelRun> Runs => Set<ModelRun>();

    public DbSet<Clue> Clues => Set<Clue>();

    public DbSet<ClueEvidence> Evidence => Set<ClueEvidence>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // SQLite has no schemas (its tables are plain), and says so in a warning for every table given one.
        var schema = Database.IsSqlite() ? null : Schema;
        modelBuilder.Entity<ModelRun>(run =>
        {
            run.ToTable("model_run", schema);
            run.Property(r => r.Outcome).HasConversion<string>();
        });
        modelBuilder.Entity<Clue>(clue =>
        {
            clue.ToTable("clue", schema);
            clue.Property(c => c.SubjectType).HasConversion<string>();
            clue.Property(c => c.Status).HasConversion<string>();
            clue.HasMany(c => c.Evidence).WithOne().HasForeignKey(e => e.ClueId);

            // The column is char(64): declared so, a run's dedupe lookup sends its keys as character[] and PostgreSQL
            // uses ix_clue_dedupe_key; sent as text[], the column is cast to text and every lookup scanned the table.
            clue.Property(c => c.DedupeKey).HasColumnType("character(64)");
        });
        modelBuilder.Entity<ClueEvidence>(evidence =>
        {
            evidence.ToTable("clue_evidence", schema);
            evidence.Ignore(e => e.Reference);
        });
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            property.SetColumnName(SnakeCase.Convert(property.Name));

            if (Database.IsSqlite() && property.ClrType == typeof(DateTimeOffset))
            {
                property.SetValueConverter(SortableUtcText.Converter);
            }
        }
    }
}
