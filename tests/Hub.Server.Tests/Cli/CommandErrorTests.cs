namespace Hub.Server.Tests.Cli;

/// <summary>What the real <c>hub</c> executable says when a value is out of range or the database cannot be reached.</summary>
public sealed class CommandErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-cli-errors-").FullName;

    [Theory]
    [InlineData("--scale must be at least 1 (got 0).", "data", "generate", "--scale", "0", "--out", "generated")]
    [InlineData("--batch-size must be at least 1 (got 0).", "data", "import", "admin_penalty", "a.csv", "--batch-size", "0")]
    [InlineData("--writers must be at least 1 (got -2).", "data", "import", "admin_penalty", "a.csv", "--writers", "-2")]
    public async Task An_out_of_range_value_is_a_usage_error_naming_the_option(string message, params string[] arguments)
    {
        var (exitCode, _, error) = await HubProcess.RunAsync(_folder, Environment(), arguments);

        Assert.Equal(1, exitCode);
        Assert.Equal(message, error.Trim());
        Assert.False(Directory.Exists(Path.Combine(_folder, "generated")));
    }

    [Fact]
    public async Task An_agency_kind_outside_the_closed_list_is_refused_naming_the_allowed_kinds()
    {
        var (exitCode, _, error) = await HubProcess.RunAsync(_folder, Environment(),
            "agency", "add", "--code", "SPP-430281X", "--name", "Typo", "--kind", "procurator", "--region", "430281");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "Agency kind 'procurator' is not one of: civil-affairs, court, data-lake, disabled-persons-federation, discipline-commission, " +
            "ecology-environment, education, fire-rescue, grid-governance, health, hotline, hub-operator, human-resources, " +
            "justice-bureau, law-enforcement-link, market-regulation, procuratorate, public-security, rural-revitalisation, " +
            "staffing-office, tax, transport, womens-federation.",
            error.Trim());
    }

    [Fact]
    public async Task An_unreachable_database_is_one_line_naming_where_it_was_looked_for()
    {
        var environment = new Dictionary<string, string>(Environment())
        {
            ["Hub__Database__Provider"] = "PostgreSql",
            ["Hub__Database__ConnectionString"] = "Host=127.0.0.1;Port=1;Username=hub;Timeout=3",
        };

        var (exitCode, _, error) = await HubProcess.RunAsync(_folder, environment, "db", "migrate");

        Assert.Equal(1, exitCode);
        Assert.Equal("hub: Failed to connect to 127.0.0.1:1", error.Trim());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, string> Environment() => new() { ["Hub__DataFolder"] = Path.Combine(_folder, "data") };
}
