using Hub.Data.Migrations;

namespace Hub.Supervision.Store;

/// <summary>The clue store's SQL migrations, applied by <c>hub db migrate</c> and at start-up after the shared data's.</summary>
public static class SupervisionMigrations
{
    /// <summary>Files under <c>Migrations/{Postgres|Sqlite}</c>, recorded as <c>supervision/NNNN_name</c>.</summary>
    public static MigrationSource Source { get; } = new(typeof(SupervisionMigrations).Assembly, "Hub.Supervision.Migrations", "supervision/");
}
