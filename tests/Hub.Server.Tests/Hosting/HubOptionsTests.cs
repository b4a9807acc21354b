using Hub.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Server.Tests.Hosting;

public sealed class HubOptionsTests
{
    [Fact]
    public void Defaults_put_an_sqlite_file_in_the_data_folder_and_bind_the_shutdown_timeout()
    {
        using var factory = new HubServerFactory(new Dictionary<string, string?> { ["Hub:ShutdownTimeout"] = "00:00:07" });
        var options = factory.Services.GetRequiredService<IOptions<HubOptions>>().Value;

        Assert.Equal(DatabaseProvider.Sqlite, options.Database.Provider);
        Assert.Equal($"Data Source={Path.Combine(factory.DataFolder, "hub.db")}", options.Database.ConnectionString);
        Assert.True(options.MigrateAtStartup);
        Assert.Equal(TimeSpan.FromSeconds(7), factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public void Hub_environment_variables_override_appsettings()
    {
        var previous = Environment.GetEnvironmentVariable("Hub__MigrateAtStartup");
        Environment.SetEnvironmentVariable("Hub__MigrateAtStartup", "false");
        try
        {
            using var factory = new HubServerFactory();
            Assert.False(factory.Services.GetRequiredService<IOptions<HubOptions>>().Value.MigrateAtStartup);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Hub__MigrateAtStartup", previous);
        }
    }

    [Fact]
    public void PostgreSql_without_a_connection_string_fails_at_start_and_names_the_setting()
    {
        // The command line turns this exception into one line on stderr (ContentRootTests runs the real executable).
        var error = Assert.Throws<HubConfigurationException>(() => HubApplication.Build(["--Hub:Database:Provider=PostgreSql"]));
        Assert.Contains("Hub:Database:ConnectionString is required", error.Message);
    }
}
