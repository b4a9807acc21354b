namespace Hub.Server.Hosting;

/// <summary>
/// The host's settings, bound from the <c>Hub</c> section of <c>appsettings.json</c> and from
/// <c>Hub__...</c> environment variables (for example <c>Hub__SeedOnFirstStart=false</c>). The database settings of the
/// same section (<c>Hub:Database</c>, <c>Hub:MigrateAtStartup</c>) are <see cref="Hub.Data.Hosting.HubDataOptions"/>.
/// </summary>
public sealed class HubOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Hub";

    /// <summary>Folder for the embedded SQLite database and other local state; relative paths are resolved
    /// against the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Generate the demo data set when the database is empty.</summary>
    public bool SeedOnFirstStart { get; set; } = true;

    /// <summary>
    /// How many lookups by identity number or credit code that find nothing a client may make per clock hour; beyond
    /// it, its key lookups are refused until the hour ends (guessing a masked number's hidden digits is enumeration).
    /// </summary>
    public int MissedKeyLookupsPerHour { get; set; } = 20;

    /// <summary>How long a stopping server waits for in-flight requests to finish.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
