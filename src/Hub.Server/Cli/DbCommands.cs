using System.CommandLine;
using Hub.Data.Commands;
using Hub.Data.Hosting;
using Hub.Server.Hosting;

namespace Hub.Server.Cli;

/// <summary><c>hub db migrate</c>: applies the versioned schema migrations of the configured database.</summary>
internal static class DbCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply pending migrations to the configured database (Hub:Database).");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            return await MigrateCommand.RunAsync(HubApplication.Database(CommandLineSettings.Current), Console.Out, cancellationToken);
        });
        var db = new Command("db", "Database administration.");
        db.Subcommands.Add(migrate);
        return db;
    }
}
