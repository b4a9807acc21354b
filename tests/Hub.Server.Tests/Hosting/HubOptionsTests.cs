using Hub.Data.Hosting;
using Hub.Server.Hosting;
using Hub.Server.Tests.Cli;
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
        var database = factory.Services.GetRequiredService<IOptions<HubDataOptions>>().Value;

        Assert.Equal(DataProvider.Sqlite, database.Provider);
        Assert.Equal($"Data Source={Path.Combine(factory.DataFolder, "hub.db")}", database.ResolveConnectionString());
        Assert.True(database.MigrateOnStartup);
        Assert.Equal(TimeSpan.FromSeconds(7), factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public async Task Hub_environment_variables_override_appsettings()
    {
        // In a child process: a variable set in this one would reach every host the tests running alongside build
        // meanwhile (Hub__MigrateAtStartup=false once left another test's hub without its tables).
        var folder = Directory.CreateTempSubdirectory("hub-environment-").FullName;
        try
        {
            var (exitCode, _, error) = await HubProcess.RunAsync(folder, new Dictionary<string, string>
            {
                ["Hub__DataFolder"] = Path.Combine(folder, "data"),
                ["Hub__Database__Provider"] = "PostgreSql", // appsettings.json says Sqlite
            }, "db", "migrate");

            Assert.Equal(1, exitCode);
            Assert.Contains("Hub:Database:ConnectionString is required", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
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
