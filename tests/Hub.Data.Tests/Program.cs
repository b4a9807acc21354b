using Hub.Data;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Tests;

/// <summary>
/// Console entry of the test assembly. <c>import &lt;provider&gt; &lt;connection&gt; &lt;data set&gt; &lt;file&gt; &lt;batch&gt;</c> runs a real
/// import in a child process (the kill -9 test); <c>script &lt;provider&gt;</c> prints the EF model's create script, the
/// starting point of a new hand-reviewed migration.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["import", var provider, var connection, var dataSet, var file, var batch])
        {
            var database = new HubDatabase(new HubDataOptions { Provider = Enum.Parse<DataProvider>(provider), ConnectionString = connection });
            await using var rejects = new RejectReport(file + ".rejects.csv");
            // One line per stored batch, so a test can tell how far the import has come.
            var importer = database.CreateImporter(int.Parse(batch, System.Globalization.CultureInfo.InvariantCulture), (read, _) => Console.WriteLine($"stored {read}"));
            var summary = await importer.ImportAsync(dataSet, file, rejects);
            Console.WriteLine($"{summary.Read} {summary.Inserted}");
            return 0;
        }

        if (args is ["script", var scriptProvider])
        {
            var database = new HubDatabase(new HubDataOptions { Provider = Enum.Parse<DataProvider>(scriptProvider), ConnectionString = "Host=localhost" });
            await using var context = database.CreateContext();
            Console.WriteLine(context.Database.GenerateCreateScript());
            return 0;
        }

        Console.Error.WriteLine("usage: import <Sqlite|Postgres> <connection> <data set> <file> <batch> | script <Sqlite|Postgres>");
        return 64;
    }
}
