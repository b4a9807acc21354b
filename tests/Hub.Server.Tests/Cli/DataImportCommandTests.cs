namespace Hub.Server.Tests.Cli;

/// <summary><c>hub data import</c> as an operator runs it: the real executable on an embedded database of its own.</summary>
public sealed class DataImportCommandTests : IDisposable
{
    private const string Header = "agency_kind,decision_date,decision_no,penalty_types,person_id_number,source_agency,source_record_id,violation_type";
    private const string GoodRow = "PSB,2025-03-01,D-1,FINE,11010519491231002X,PSB-430281,PSB-1,gambling";
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-cli-import-").FullName;

    [Fact]
    public async Task A_file_with_a_bad_row_imports_the_good_ones_reports_the_bad_one_and_exits_2()
    {
        var file = Path.Combine(_folder, "admin_penalty.csv");
        await File.WriteAllLinesAsync(file, [Header, GoodRow, "PSB,2025-02-30,D-2,FINE,11010519491231002X,PSB-430281,PSB-2,gambling"]);
        await ApplyPoliciesAsync();

        var (exitCode, output, error) = await HubAsync("data", "import", "admin_penalty", file);

        Assert.True(exitCode == 2, error);
        Assert.Matches(@"│ admin_penalty +│ 2 +│ 1 +│ 0 +│ 0 +│ 1 ", output); // read, inserted, updated, unchanged, rejected
        Assert.Contains($"Reject report: {file}.rejects.csv (1 entries).", output);
        Assert.Contains("bad date '2025-02-30'", await File.ReadAllTextAsync(file + ".rejects.csv"));
    }

    [Fact]
    public async Task Rows_are_checked_against_the_agency_directory_and_an_empty_directory_is_refused()
    {
        var file = Path.Combine(_folder, "admin_penalty.csv");
        await File.WriteAllLinesAsync(file, [Header, GoodRow, "PSB,2025-03-02,D-2,FINE,11010519491231002X,PSB,PSB-2,gambling"]);

        var empty = await HubAsync("data", "import", "admin_penalty", file);
        await ApplyPoliciesAsync();
        var (exitCode, output, error) = await HubAsync("data", "import", "admin_penalty", file);

        Assert.Equal(1, empty.ExitCode);
        Assert.Equal("hub: The agency directory is empty, so no row can name its agency: run `hub policies apply` (or start the hub once) first.", empty.Error.TrimEnd());
        Assert.True(exitCode == 2, error);
        Assert.Matches(@"│ admin_penalty +│ 2 +│ 1 +│ 0 +│ 0 +│ 1 ", output);
        Assert.Contains("'PSB' is not an agency of the directory (codes such as PSB-430281)", await File.ReadAllTextAsync(file + ".rejects.csv"));
    }

    [Fact]
    public async Task Output_to_a_pipe_is_plain_text_with_one_line_per_data_set()
    {
        await File.WriteAllLinesAsync(Path.Combine(_folder, "admin_penalty.csv"), [Header, GoodRow]);
        await File.WriteAllLinesAsync(Path.Combine(_folder, "arrest_prosecution_review.csv"), ["decision,person_id_number,received_date,review_type,source_agency,source_record_id,spp_case_id"]);
        await ApplyPoliciesAsync();

        var (exitCode, output, error) = await HubAsync("data", "import", _folder);

        Assert.True(exitCode == 0, error);
        Assert.DoesNotContain('\u001b', output); // no colour codes in a log
        Assert.Matches(@"\n│ arrest_prosecution_review +│ 0 +│", output);
    }

    [Fact]
    public async Task A_folder_with_one_bad_header_imports_nothing_and_names_the_file_and_column()
    {
        var penalties = Path.Combine(_folder, "admin_penalty.csv");
        await File.WriteAllLinesAsync(penalties, [Header, GoodRow]);
        var judgments = Path.Combine(_folder, "criminal_judgment.csv");
        await File.WriteAllLinesAsync(judgments, ["source_agency,source_record_id,verdcit"]); // a header alone is checked too

        await ApplyPoliciesAsync();
        var refused = await HubAsync("data", "import", _folder);
        File.Delete(judgments);
        var imported = await HubAsync("data", "import", _folder);

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal($"hub: {judgments}: Unknown column 'verdcit' (column 3) for data set 'criminal_judgment'.", refused.Error.TrimEnd());
        Assert.Empty(refused.Output);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Matches(@"│ admin_penalty +│ 1 +│ 1 +│ 0 +│ 0 +│", imported.Output); // inserted now: the refused run stored nothing
    }

    [Theory]
    [InlineData("admin_penalty.csv")]
    [InlineData("admin_penalty.jsonl")]
    public async Task An_empty_file_of_either_format_is_one_line_naming_it_and_exit_code_1(string name)
    {
        var file = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(file, []);

        var (exitCode, output, error) = await HubAsync("data", "import", "admin_penalty", file);

        Assert.Equal(1, exitCode);
        Assert.Equal($"hub: {file}: The file is empty: a .csv file needs its header row and a .jsonl file at least one record.", error.TrimEnd());
        Assert.Empty(output);
    }

    [Fact]
    public async Task A_missing_file_is_one_line_on_standard_error_naming_it_and_exit_code_1()
    {
        var missing = Path.Combine(_folder, "no-such.csv");

        var (exitCode, output, error) = await HubAsync("data", "import", "admin_penalty", missing);

        Assert.Equal(1, exitCode);
        Assert.Equal($"hub: No file {missing}.", error.TrimEnd());
        Assert.Empty(output);
        Assert.False(File.Exists(missing + ".rejects.csv"));
    }

    [Fact]
    public async Task A_data_set_name_without_a_file_is_taken_for_a_folder_and_the_message_says_how_to_import_one_file()
    {
        var (exitCode, _, error) = await HubAsync("data", "import", "admin_penalty");

        Assert.Equal(1, exitCode);
        Assert.Equal("hub: No folder admin_penalty. To import one file, name its data set first: hub data import <data set> <file>.", error.TrimEnd());
    }

    [Fact]
    public async Task An_unsupported_file_type_is_refused_before_anything_is_read()
    {
        var file = Path.Combine(_folder, "admin_penalty.txt");
        await File.WriteAllTextAsync(file, Header);

        var (exitCode, output, error) = await HubAsync("data", "import", "admin_penalty", file);

        Assert.Equal(1, exitCode);
        Assert.Equal($"hub: {file}: unsupported file type '.txt' (expected .csv or .jsonl).", error.TrimEnd());
        Assert.DoesNotContain("   at ", output + error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Fills the agency directory from the repository's policies, as an operator does before a first import.</summary>
    private async Task ApplyPoliciesAsync()
    {
        var (exitCode, _, error) = await HubAsync("policies", "apply");
        Assert.True(exitCode == 0, error);
    }

    private Task<(int ExitCode, string Output, string Error)> HubAsync(params string[] arguments) =>
        HubProcess.RunAsync(_folder, new Dictionary<string, string> { ["Hub__DataFolder"] = Path.Combine(_folder, "data") }, arguments);
}
