namespace Hub.Server.Tests.Cli;

/// <summary><c>hub data import</c> as an operator runs it: the real executable on an embedded database of its own.</summary>
public sealed class DataImportCommandTests : IDisposable
{
    private const string Header = "agency_kind,decision_date,decision_no,penalty_types,person_id_number,source_agency,source_record_id,violation_type";
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-cli-import-").FullName;

    [Fact]
    public async Task A_file_with_a_bad_row_imports_the_good_ones_reports_the_bad_one_and_exits_2()
    {
        var file = Path.Combine(_folder, "admin_penalty.csv");
        await File.WriteAllLinesAsync(file,
        [
            Header,
            "PSB,2025-03-01,D-1,FINE,11010519491231002X,PSB,PSB-1,gambling",
            "PSB,2025-02-30,D-2,FINE,11010519491231002X,PSB,PSB-2,gambling",
        ]);

        var (exitCode, output, error) = await HubAsync("data", "import", "admin_penalty", file);

        Assert.True(exitCode == 2, error);
        Assert.Matches(@"│ admin_p\w* +│ 2 +│ 1 +│ 0 +│ 0 +│ 1 ", output); // read, inserted, updated, unchanged, rejected
        Assert.Contains($"Reject report: {file}.rejects.csv (1 entries).", Unwrapped(output));
        Assert.Contains("bad date '2025-02-30'", await File.ReadAllTextAsync(file + ".rejects.csv"));
    }

    [Fact]
    public async Task A_missing_file_is_one_line_naming_it_and_exit_code_1()
    {
        var missing = Path.Combine(_folder, "no-such.csv");

        var (exitCode, output, error) = await HubAsync("data", "import", "admin_penalty", missing);

        Assert.Equal(1, exitCode);
        Assert.Equal($"No file {missing}.", Unwrapped(output));
        Assert.Empty(error);
        Assert.False(File.Exists(missing + ".rejects.csv"));
    }

    [Fact]
    public async Task A_data_set_name_without_a_file_is_taken_for_a_folder_and_the_message_says_how_to_import_one_file()
    {
        var (exitCode, output, _) = await HubAsync("data", "import", "admin_penalty");

        Assert.Equal(1, exitCode);
        Assert.Equal("No folder admin_penalty. To import one file, name its data set first: hub data import <data set> <file>.", Unwrapped(output));
    }

    [Fact]
    public async Task An_unsupported_file_type_is_refused_before_anything_is_read()
    {
        var file = Path.Combine(_folder, "admin_penalty.txt");
        await File.WriteAllTextAsync(file, Header);

        var (exitCode, output, error) = await HubAsync("data", "import", "admin_penalty", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("unsupported file type '.txt' (expected .csv or .jsonl)", Unwrapped(output));
        Assert.DoesNotContain("   at ", output + error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Spectre.Console wraps lines at 80 columns when the output is not a terminal.
    private static string Unwrapped(string output) => System.Text.RegularExpressions.Regex.Replace(output, @"\s*\n\s*", " ").Trim();

    private Task<(int ExitCode, string Output, string Error)> HubAsync(params string[] arguments) =>
        HubProcess.RunAsync(_folder, new Dictionary<string, string> { ["Hub__DataFolder"] = Path.Combine(_folder, "data") }, arguments);
}
