using System.CommandLine;
using Hub.Identity;
using Hub.Identity.Policies;
using Microsoft.Extensions.Options;

namespace Hub.Server.Cli;

/// <summary><c>hub policies validate|apply</c>: check the policy files, and bring the identity store in line with them.</summary>
internal static class PoliciesCommands
{
    public static Command Create()
    {
        var command = new Command("policies", "Validate and apply policies/scopes.yaml and policies/agencies.yaml.");
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

        command.Subcommands.Add(validate);
        command.Subcommands.Add(apply);
        return command;
    }

    private static string FolderOf(DirectoryInfo? given, IServiceProvider services) =>
        given?.FullName ?? services.GetRequiredService<IOptions<HubIdentityOptions>>().Value.PoliciesFolder!;
}
