using System.CommandLine;
using Hub.Identity;
using Hub.Identity.Policies;
using Microsoft.Extensions.Options;

namespace Hub.Server.Cli;

/// <summary>
/// <c>hub policies validate|apply|diff|export</c>: check the policy files, bring the identity store in line with them,
/// show how the store differs from them, and write the store back as files.
/// </summary>
internal static class PoliciesCommands
{
    public static Command Create()
    {
        var command = new Command("policies", "Validate, apply, compare and export policies/scopes.yaml and policies/agencies.yaml (agencies with their clients).");
        var folder = new Option<DirectoryInfo?>("--folder") { Description = "The policies folder (default: the configured one)." };

        var validate = new Command("validate", "Check the policy files; errors are printed as file:line:column.") { folder };
        validate.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var policies = await PolicyLoader.LoadAsync(FolderOf(parse.GetValue(folder), services), ct);
            Console.WriteLine($"Policies are valid: {policies.Scopes.Count} scopes, {policies.Agencies.Count} agencies.");
        }, cancellationToken));

        var apply = new Command("apply", "Create or update scopes and agencies from the policy files (idempotent).") { folder };
        apply.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var policies = await PolicyLoader.LoadAsync(FolderOf(parse.GetValue(folder), services), ct);
            var applied = await services.GetRequiredService<PolicyApplier>().ApplyAsync(policies, IdentityCommandRunner.Actor, ct);
            Console.WriteLine($"Policies applied: {applied.ScopesChanged} scopes and {applied.AgenciesChanged} agencies created or changed.");
        }, cancellationToken));

        var diff = new Command("diff",
            "Show how the database differs from the policy files: the scopes and agencies `policies apply` would create or update, what only the database "
            + "holds (apply never deletes), and the clients whose agency, name or scopes differ from the files' `clients:` lists or that only one side holds "
            + "(apply does not create or change clients). Exit code 0: no differences; 2: differences were printed; 1: the files or the database could not be read.") { folder };
        diff.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var policies = await PolicyLoader.LoadAsync(FolderOf(parse.GetValue(folder), services), ct);
            var differences = await services.GetRequiredService<PolicyComparison>().CompareAsync(policies, ct);
            foreach (var difference in differences)
            {
                Console.WriteLine($"{difference.Subject,-7} {difference.Name,-20} {Describe(difference.Change)}: {difference.Detail}");
            }

            Console.WriteLine(differences.Count == 0 ? "No differences: the database matches the policy files." : $"{differences.Count} differences.");
            return differences.Count == 0 ? 0 : DifferencesFound;
        }, cancellationToken));

        var output = new Option<DirectoryInfo>("--output") { Description = "The folder to write scopes.yaml and agencies.yaml into.", Required = true };
        var export = new Command("export",
            "Write the database's scopes, agencies and clients as scopes.yaml and agencies.yaml (grants and bootstrap scopes carried over from the "
            + "policy files; each client's id, name and scopes under its agency, never a secret or key).") { folder, output };
        export.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var policies = await PolicyLoader.LoadAsync(FolderOf(parse.GetValue(folder), services), ct);
            var target = parse.GetValue(output)!.FullName;
            await services.GetRequiredService<PolicyExport>().ExportAsync(policies, target, ct);
            Console.WriteLine($"Wrote {PolicySet.ScopesFile} and {PolicySet.AgenciesFile} to {target}.");
        }, cancellationToken));

        command.Subcommands.Add(validate);
        command.Subcommands.Add(apply);
        command.Subcommands.Add(diff);
        command.Subcommands.Add(export);
        return command;
    }

    /// <summary>The exit code of <c>policies diff</c> when it printed differences.</summary>
    private const int DifferencesFound = 2;

    private static string Describe(PolicyChange change) => change switch
    {
        PolicyChange.Create => "apply would create",
        PolicyChange.Update => "apply would update",
        PolicyChange.OnlyInStore => "only in the database (apply keeps it; export writes it)",
        PolicyChange.OnlyInFiles => "only in the files (apply cannot create a client: `hub client create`, then export)",
        _ => "differs (apply leaves clients: `hub client scope grant|revoke`, or export)",
    };

    private static string FolderOf(DirectoryInfo? given, IServiceProvider services) =>
        given?.FullName ?? services.GetRequiredService<IOptions<HubIdentityOptions>>().Value.PoliciesFolder!;
}
