using Hub.Data.Hosting;
using Hub.Data.Migrations;

namespace Hub.Identity.Storage;

/// <summary>The identity store's SQL migrations, applied by <c>hub db migrate</c>, at start-up and by <see cref="IdentityStoreInitializer"/>.</summary>
public static class IdentityMigrations
{
    /// <summary>
    /// Files under <c>Storage/Migrations/{Postgres|Sqlite}</c>, recorded as <c>identity/NNNN_name</c>. Hubs before these
    /// files created the same schema through an EF Core migration, which ends with the audit trail's trigger: finding the
    /// trigger means that migration committed, so the first file is recorded as applied instead of run.
    /// </summary>
    public static MigrationSource Source { get; } = new(typeof(IdentityMigrations).Assembly, "Hub.Identity.Storage.Migrations", "identity/",
        provider => provider == DataProvider.Postgres
            ? "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace " +
              $"WHERE t.tgname = 'audit_records_append_only' AND n.nspname = '{IdentityDbContext.Schema}'"
            : "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_records_no_delete'");
}
