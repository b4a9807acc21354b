using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Server.Tests;

/// <summary>The real hub in-process (TestServer), with its own data folder and optional setting overrides.</summary>
public sealed class HubServerFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <summary>A hub with its default settings.</summary>
    public HubServerFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A hub with these configuration keys overridden (for example <c>Hub:Database:Provider</c>).</summary>
    internal HubServerFactory(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    /// <summary>A fresh data folder for this server's SQLite database.</summary>
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("hub-server-test-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hub:DataFolder", DataFolder);

        // Demo data takes a while to generate; the suites that need data seed their own.
        builder.UseSetting("Hub:SeedOnFirstStart", "false");

        // PostgreSQL deployments must configure the key-encryption key of the identity store (SQLite keeps one in the data folder).
        builder.UseSetting("Identity:KeyEncryptionKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
