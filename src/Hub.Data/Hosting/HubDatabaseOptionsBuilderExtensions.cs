using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Hosting;

/// <summary>Points any of the hub's EF Core contexts (shared data, clue store, identity store) at the one configured database.</summary>
public static class HubDatabaseOptionsBuilderExtensions
{
    /// <summary>Uses PostgreSQL or SQLite as <paramref name="options"/> say, with the hub's connection string (pool cap included).</summary>
    public static TBuilder UseHubDatabase<TBuilder>(this TBuilder builder, HubDataOptions options)
        where TBuilder : DbContextOptionsBuilder
    {
        _ = options.Provider == DataProvider.Postgres
            ? builder.UseNpgsql(options.ResolveConnectionString())
            : builder.UseSqlite(options.ResolveConnectionString());
        return builder;
    }
}
