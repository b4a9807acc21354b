using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Spectre.Console;

namespace Hub.Server.Cli;

/// <summary>
/// <c>hub audit</c>: the audit trail, newest first, filtered by time, action, client, agency and person (matched
/// through the keyed hash of the identity number given); a table, <c>--json</c>, or a CSV file with <c>--csv</c>.
/// </summary>
internal static class AuditCommands
{
    public static Command Create()
    {
        var from = new Option<DateTimeOffset?>("--from") { Description = "Only records at or after this instant (e.g. 2026-12-07T00:00Z)." };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Only records before this instant." };
        var action = new Option<string?>("--action") { Description = "Only this action, e.g. data.reveal or client.authentication_failed." };
        var client = new Option<string?>("--client") { Description = "Only records of this client_id (or actor, e.g. cli:alice)." };
        var agency = new Option<string?>("--agency") { Description = "Only records about this agency or by its clients." };
        var person = new Option<string?>("--person") { Description = "Only reads about the person with this identity number (matched by keyed hash)." };
        var limit = new Option<int>("--limit") { Description = "At most this many records (newest first).", DefaultValueFactory = _ => 100 };
        var json = new Option<bool>("--json") { Description = "Print the records as a JSON array." };
        var csv = new Option<string?>("--csv") { Description = "Write the records to this CSV file instead of printing them." };
        var command = new Command("audit", "Search the audit trail.") { from, to, action, client, agency, person, limit, json, csv };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var filter = new AuditFilter(parse.GetValue(from), parse.GetValue(to), parse.GetValue(action), parse.GetValue(client),
                parse.GetValue(agency), parse.GetValue(person), parse.GetValue(limit));
            var records = await services.GetRequiredService<AuditSearch>().FindAsync(filter, ct);
            if (parse.GetValue(csv) is { } path)
            {
                await File.WriteAllTextAsync(path, Csv(records), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);
                Console.WriteLine($"Wrote {records.Count} audit records to {Path.GetFullPath(path)}.");
            }
            else if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(records.Select(r => new
                {
                    id = r.Id,
                    occurredAt = r.OccurredAt.ToUniversalTime(),
                    action = r.Action,
                    actor = r.Actor,
                    subject = r.Subject,
                    detail = JsonDocument.Parse(r.Detail).RootElement,
                })));
            }
            else
            {
                var table = new Table().AddColumns("Time (UTC)", "Action", "Actor", "Subject", "Detail");
                foreach (var r in records)
                {
                    table.AddRow(Markup.Escape(Time(r)), Markup.Escape(r.Action), Markup.Escape(r.Actor), Markup.Escape(r.Subject), Markup.Escape(r.Detail));
                }

                CommandConsole.Create().Write(table);
            }
        }, cancellationToken));
        return command;
    }

    private static string Time(AuditRecord record) => record.OccurredAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Csv(IReadOnlyList<AuditRecord> records)
    {
        var text = new StringBuilder("id,occurred_at,action,actor,subject,detail\n");
        foreach (var r in records)
        {
            text.AppendJoin(',', [r.Id.ToString(CultureInfo.InvariantCulture), Time(r), Field(r.Action), Field(r.Actor), Field(r.Subject), Field(r.Detail)]).Append('\n');
        }

        return text.ToString();
    }

    // RFC 4180: quote a field with a comma, quote or line break, doubling its quotes; a leading =, +, - or @ is
    // prefixed with ' so that a spreadsheet does not run a client id or subject an attacker chose as a formula.
    private static string Field(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
