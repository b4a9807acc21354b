using System.CommandLine;
using Hub.Data.Hosting;
using Hub.Identity.Audit;
using Hub.Supervision.Commands;
using Hub.Supervision.Store;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Cli;

/// <summary><c>hub clues export</c>: the operator's audited export of clues with full subject keys.</summary>
internal static class CluesCommands
{
    public static Command Create() => new("clues", "Supervision clues.") { Export() };

    private static Command Export()
    {
        var model = new Option<string?>("--model") { Description = "Only clues of this model, e.g. M01." };
        var status = new Option<string?>("--status") { Description = "Only clues in this status." };
        status.AcceptOnlyFromAmong([.. Enum.GetNames<ClueStatus>().Select(n => n.ToUpperInvariant())]);
        var format = new Option<string>("--format") { Description = "csv or jsonl.", Required = true };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var output = new Option<string>("--out") { Description = "The file to write.", Required = true };
        var command = new Command("export", "Export clues with full subject keys and their evidence, one per line (audited).") { model, status, format, output };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var path = Path.GetFullPath(parse.GetValue(output)!);
            var wanted = parse.GetValue(status) is { } text ? Enum.Parse<ClueStatus>(text, ignoreCase: true) : (ClueStatus?)null;
            await using var store = await services.GetRequiredService<IDbContextFactory<SupervisionContext>>().CreateDbContextAsync(ct);
            var count = await CluesExportCommand.RunAsync(store, parse.GetValue(model), wanted, parse.GetValue(format) == "jsonl", path, ct);
            await services.GetRequiredService<AuditTrail>().RecordAsync(AuditActions.DataExported, IdentityCommandRunner.Actor, "clues",
                new { model = parse.GetValue(model), status = parse.GetValue(status), format = parse.GetValue(format), file = path, clues = count }, ct);
            Console.WriteLine($"Exported {count} clues to {path}.");
        }, cancellationToken));
        return command;
    }
}
