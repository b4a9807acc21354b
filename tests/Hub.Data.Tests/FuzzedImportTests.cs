using System.Text;
using Hub.Data.Generation;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Tests;

/// <summary>
/// Generated rows with hostile values planted in random fields: whatever a field holds, the row is stored or reported,
/// never the cause of a failed batch, and a second run changes nothing.
/// </summary>
public sealed class FuzzedImportTests
{
    private static readonly string[] s_hostile =
    [
        "", " ", "\t", "\0", "a\0b", "\uFEFF", "𠀀𠀀", "line\nbreak", "\"quoted\", with comma", "'; DROP TABLE x; --",
        new('x', 10_000), new('9', 40), "99999999999999999999999", "12345678901234567.5", "0.0000001", "-0", "1e30", "NaN",
        "Infinity", "３２", "1,5", "2024-02-30", "9999-12-31", "0001-01-01", "2024-13-01", "yes", "L9", "L0", "40000", "-40000",
        "11010519491231002x", "110105491231002", "91310115MA1H8R7C6D", "９１３１０１１５ＭＡ１Ｈ８Ｒ７Ｃ６Ｄ",
    ];

    [Theory]
    [InlineData(DataProvider.Postgres, 1)]
    [InlineData(DataProvider.Postgres, 2)]
    [InlineData(DataProvider.Sqlite, 3)]
    public async Task Hostile_values_in_any_field_are_stored_or_reported_and_never_fail_the_import(DataProvider provider, int seed)
    {
        var folder = TestDatabases.TempFolder();
        ScenarioGenerator.Generate(new GeneratorOptions(1, seed, folder, BadRows: false));
        var lines = File.ReadLines(Path.Combine(folder, "admin_penalty.csv")).Take(401).ToArray();
        var random = new Random(seed);
        var file = Path.Combine(folder, "fuzzed.csv");
        await File.WriteAllLinesAsync(file, [lines[0], .. lines.Skip(1).Select(line => Mutate(line, random))]);
        var database = await TestDatabases.CreateAsync(provider);

        await using var first = new RejectReport(file + ".1.csv");
        var summary = await database.CreateImporter(batchSize: 100).ImportAsync("admin_penalty", file, first);
        Assert.Equal(400, summary.Read);
        Assert.Equal(summary.Read, summary.Inserted + summary.Rejected);
        Assert.InRange(summary.Rejected, 1, 399); // the hostile values do reject rows, and not every row has one
        Assert.Equal(summary.Rejected, first.Entries.Where(e => !e.Kept).Select(e => e.Line).Distinct().Count());
        await using (var context = database.CreateContext())
        {
            Assert.Equal(summary.Inserted, await context.Set<Model.Enforcement.AdministrativePenalty>().LongCountAsync());
        }

        await using var second = new RejectReport(file + ".2.csv");
        var again = await database.CreateImporter(batchSize: 100).ImportAsync("admin_penalty", file, second);
        Assert.Equal((0L, 0L, summary.Inserted, summary.Rejected), (again.Inserted, again.Updated, again.Unchanged, again.Rejected));
    }

    /// <summary>Half of the rows get one to three fields replaced by a hostile value, quoted as CSV requires.</summary>
    private static string Mutate(string line, Random random)
    {
        if (random.Next(2) == 0 || line.Contains('"', StringComparison.Ordinal))
        {
            return line;
        }

        var fields = line.Split(',');
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            fields[random.Next(fields.Length)] = Quote(s_hostile[random.Next(s_hostile.Length)]);
        }

        return string.Join(',', fields);
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : new StringBuilder("\"").Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
}
