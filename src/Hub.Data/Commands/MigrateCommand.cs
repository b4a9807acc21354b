using Hub.Data.Hosting;

namespace Hub.Data.Commands;

/// <summary><c>hub db migrate</c>: applies the pending versioned migrations of the configured provider.</summary>
public static class MigrateCommand
{
    /// <summary>Migrates and prints what was applied.</summary>
    public static async Task<int> RunAsync(HubDatabase database, TextWriter output, CancellationToken cancellationToken = default)
    {
        var applied = await database.MigrateAsync(cancellationToken);
        output.WriteLine(applied.Count == 0
            ? $"The {database.Options.Provider} database is up to date."
            : $"Applied {applied.Count} migration(s) to the {database.Options.Provider} database: {string.Join(", ", applied)}.");
        return 0;
    }
}
