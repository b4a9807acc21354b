using System.CommandLine;
using Hub.Identity.Administration;

namespace Hub.Server.Cli;

/// <summary><c>hub agency list|show|add|update|suspend|reinstate</c>: see and manage the agencies that reach the hub.</summary>
internal static class AgencyCommands
{
    public static Command Create()
    {
        var command = new Command("agency", "Manage agencies (each reaches the hub through OAuth clients).");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Update());
        command.Subcommands.Add(Suspension("suspend", "Suspend an agency: its clients can no longer get tokens.", suspended: true));
        command.Subcommands.Add(Suspension("reinstate", "Lift an agency's suspension.", suspended: false));
        return command;
    }

    private static Command List()
    {
        var json = new Option<bool>("--json") { Description = "Print the agencies as a JSON array." };
        var command = new Command("list", "List the agencies: code, name, kind, region, suspension and number of clients.") { json };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(
            (services, ct) => DirectoryListing.ListAgenciesAsync(services, parse.GetValue(json), ct), cancellationToken));
        return command;
    }

    private static Command Show()
    {
        var code = new Argument<string>("code") { Description = "The agency's code." };
        var json = new Option<bool>("--json") { Description = "Print the agency and its clients as JSON." };
        var command = new Command("show", "Show an agency and its clients (never their secrets).") { code, json };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(
            (services, ct) => DirectoryListing.ShowAgencyAsync(services, parse.GetValue(code)!, parse.GetValue(json), ct), cancellationToken));
        return command;
    }

    private static Command Add()
    {
        var code = new Option<string>("--code") { Description = "Agency code, e.g. PSB-330700 (A–Z, 0–9, '-').", Required = true };
        var name = new Option<string>("--name") { Description = "Display name.", Required = true };
        var kind = new Option<string>("--kind") { Description = "Kind, e.g. public-security, court, procuratorate.", Required = true };
        var region = new Option<string>("--region") { Description = "Six-digit administrative-division code.", Required = true };
        var command = new Command("add", "Create an agency.") { code, name, kind, region };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var agency = await services.GetRequiredService<IdentityAdministration>().CreateAgencyAsync(
                parse.GetValue(code)!, parse.GetValue(name)!, parse.GetValue(kind)!, parse.GetValue(region)!, IdentityCommandRunner.Actor, ct);
            Console.WriteLine($"Agency {agency.Code} created.");
        }, cancellationToken));
        return command;
    }

    private static Command Update()
    {
        var code = new Argument<string>("code") { Description = "The agency's code." };
        var name = new Option<string?>("--name") { Description = "New display name." };
        var kind = new Option<string?>("--kind") { Description = "New kind." };
        var region = new Option<string?>("--region") { Description = "New region code." };
        var command = new Command("update", "Change an agency's name, kind or region.") { code, name, kind, region };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var changed = await services.GetRequiredService<IdentityAdministration>().UpdateAgencyAsync(
                parse.GetValue(code)!, parse.GetValue(name), parse.GetValue(kind), parse.GetValue(region), IdentityCommandRunner.Actor, ct);
            Console.WriteLine(changed ? $"Agency {parse.GetValue(code)} updated." : $"Agency {parse.GetValue(code)} unchanged.");
        }, cancellationToken));
        return command;
    }

    private static Command Suspension(string name, string description, bool suspended)
    {
        var code = new Argument<string>("code") { Description = "The agency's code." };
        var command = new Command(name, description) { code };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            await services.GetRequiredService<IdentityAdministration>().SetSuspendedAsync(parse.GetValue(code)!, suspended, IdentityCommandRunner.Actor, ct);
            Console.WriteLine($"Agency {parse.GetValue(code)} {(suspended ? "suspended" : "reinstated")}.");
        }, cancellationToken));
        return command;
    }
}
