using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Data.Hosting;

/// <summary>Points any of the hub's EF Core contexts (shared data, clue store, identity store) at the one configured database.</summary>
public static class HubDatabaseOptionsBuilderExtensions
{
    /// <summary>Uses PostgreSQL or SQLite as <paramref name="options"/> say, with the hub's connection string (pool cap included).</summary>
    public static TBuilder UseHubDatabase<TBuilder>(this TBuilder builder, HubDataOptions options)
        where TBuilder : DbContextOptionsBuilder
    {
        if (options.Provider == DataProvider.Postgres)
        {
            builder.UseNpgsql(options.ResolveConnectionString());
        }
        else
        {
            // The model groups tables in PostgreSQL schemas (enforcement, judicial, administrative …); SQLite has one
            // namespace by design, so EF Core's warning that it ignores them is noise at every start.
            builder.UseSqlite(options.ResolveConnectionString())
                .ConfigureWarnings(warnings => warnings.Ignore(SqliteEventId.SchemaConfiguredWarning));
        }

        return builder;
    }
}
