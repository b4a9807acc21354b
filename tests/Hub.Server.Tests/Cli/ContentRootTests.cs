namespace Hub.Server.Tests.Cli;

/// <summary>The <c>hub</c> executable run as a command from outside the repository, as an operator would.</summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("hub-cwd-").FullName;

    [Fact]
    public async Task Run_from_another_folder_it_finds_the_policies_that_travel_with_it()
    {
        var validated = await HubProcess.RunAsync(_elsewhere, new Dictionary<string, string> { ["Hub__DataFolder"] = Path.Combine(_elsewhere, "data") }, "policies", "validate");

        Assert.True(validated.ExitCode == 0, validated.Error);
        Assert.Matches(@"Policies are valid: \d+ scopes, \d+ agencies\.", validated.Output);
    }

    [Fact]
    public async Task An_explicit_content_root_without_policies_is_one_clear_line_not_a_stack_trace()
    {
        var refused = await HubProcess.RunAsync(_elsewhere, new Dictionary<string, string> { ["ASPNETCORE_CONTENTROOT"] = _elsewhere }, "policies", "validate");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"No policies/scopes.yaml found at or above {_elsewhere}", refused.Error);
        Assert.DoesNotContain("   at ", refused.Error);
    }

    [Fact]
    public async Task A_missing_setting_stops_the_server_with_its_name_and_exit_code_1()
    {
        var refused = await HubProcess.RunAsync(_elsewhere, new Dictionary<string, string> { ["Hub__DataFolder"] = Path.Combine(_elsewhere, "data") }, "--Hub:Database:Provider=PostgreSql");

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("hub: Hub:Database:ConnectionString is required when Hub:Database:Provider is PostgreSql", refused.Error);
        Assert.DoesNotContain("   at ", refused.Error);
    }

    public void Dispose() => Directory.Delete(_elsewhere, recursive: true);
}
