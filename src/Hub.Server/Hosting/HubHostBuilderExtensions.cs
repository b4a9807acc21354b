using Hub.Data.Hosting;
using Hub.Server.Health;

namespace Hub.Server.Hosting;

/// <summary>Host-wide wiring: options, logging, graceful shutdown and health checks.</summary>
public static class HubHostBuilderExtensions
{
    /// <summary>
    /// Binds <see cref="HubOptions"/>, resolves the data folder against the content root (written back into
    /// configuration, where <see cref="HubDataOptions"/> reads it), checks the database settings, and sets up logging and
    /// shutdown.
    /// </summary>
    public static HubOptions AddHubHost(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(HubOptions.SectionName);
        var options = section.Get<HubOptions>() ?? new HubOptions();
        options.DataFolder = Path.GetFullPath(options.DataFolder, builder.Environment.ContentRootPath);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{HubOptions.SectionName}:DataFolder"] = options.DataFolder,
        });

        // A missing PostgreSQL connection string or an unknown provider stops composition with a line naming the setting.
        _ = HubDataOptions.From(builder.Configuration).ResolveConnectionString();
        builder.Services.Configure<HubOptions>(builder.Configuration.GetSection(HubOptions.SectionName));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);

        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        }
        else
        {
            // Structured logs for collectors: one JSON object per line.
            builder.Logging.AddJsonConsole(console =>
            {
                console.JsonWriterOptions = new() { Indented = false };
                // "Timestamp": ISO 8601 in UTC, what collectors order and correlate entries by.
                console.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                console.UseUtcTimestamp = true;
            });
        }

        builder.Services.AddHubHealthChecks();
        return options;
    }
}
