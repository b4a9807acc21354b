using System.Diagnostics;
using Hub.Data.Generation;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Tests;

public sealed class KilledImportTests
{
    [Fact]
    public async Task An_import_killed_mid_way_leaves_whole_batches_only_and_a_rerun_completes_it()
    {
        const int batch = 250;
        var folder = TestDatabases.TempFolder();
        ScenarioGenerator.Generate(new GeneratorOptions(3, 11, folder, BadRows: false));
        var file = Path.Combine(folder, "admin_penalty.csv");
        var total = File.ReadLines(file).Count() - 1;
        var database = await TestDatabases.CreateAsync(DataProvider.Postgres);

        var child = Process.Start(new ProcessStartInfo("dotnet",
            [typeof(Program).Assembly.Location, "import", "Postgres", database.Options.ConnectionString!, "admin_penalty", file, batch.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        { RedirectStandardOutput = true })!;
        long seen = 0;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (seen == 0 && DateTime.UtcNow < deadline && !child.HasExited)
        {
            seen = await CountAsync(database);
            await Task.Delay(5);
        }

        child.Kill(entireProcessTree: true); // SIGKILL: no chance to finish the batch in flight
        await child.WaitForExitAsync();
        var afterKill = await CountAsync(database);
        Assert.InRange(afterKill, batch, total - 1);
        // Two writers store batches at once, so the short last batch may commit before a full one: whole batches only.
        Assert.Contains(afterKill % batch, new long[] { 0, total % batch });

        await using var rejects = new RejectReport(file + ".rerun.csv");
        var rerun = await database.CreateImporter(batch).ImportAsync("admin_penalty", file, rejects);
        Assert.Equal(total, await CountAsync(database));
        Assert.Equal((total - afterKill, afterKill), (rerun.Inserted, rerun.Unchanged));
    }

    private static async Task<long> CountAsync(HubDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.Set<Model.Enforcement.AdminPenalty>().LongCountAsync();
    }
}
