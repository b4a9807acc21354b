using System.CommandLine;
using System.Text.Json;
using Hub.Identity.Administration;

namespace Hub.Server.Cli;

/// <summary>
/// <c>hub client list|show|create|secret|scope|revoke-tokens|disable|enable</c>: list and register OAuth clients of agencies, manage
/// their secrets and scopes, revoke their live tokens, disable them. Secrets are printed once and stored hashed.
/// </summary>
internal static class ClientCommands
{
    public static Command Create()
    {
        var command = new Command("client", "Manage OAuth clients, their secrets and scopes.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(CreateClient());
        command.Subcommands.Add(Secret());
        command.Subcommands.Add(Scope());
        command.Subcommands.Add(RevokeTokens());
        command.Subcommands.Add(Disabling("disable", "Disable the client: it can no longer get tokens and its live tokens are revoked at once.", disabled: true));
        command.Subcommands.Add(Disabling("enable", "Let a disabled client get tokens again.", disabled: false));
        return command;
    }

    private static Command List()
    {
        var agency = new Option<string?>("--agency") { Description = "Only the clients of this agency." };
        var json = new Option<bool>("--json") { Description = "Print the clients as a JSON array." };
        var command = new Command("list", "List the clients: agency, name, scopes, authentication, live secrets and next expiry.") { agency, json };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(
            (services, ct) => DirectoryListing.ListClientsAsync(services, parse.GetValue(agency), parse.GetValue(json), ct), cancellationToken));
        return command;
    }

    private static Command Show()
    {
        var clientId = new Argument<string>("client-id") { Description = "The client's id." };
        var json = new Option<bool>("--json") { Description = "Print the client as JSON." };
        var command = new Command("show", "Show a client (never its secrets).") { clientId, json };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(
            (services, ct) => DirectoryListing.ShowClientAsync(services, parse.GetValue(clientId)!, parse.GetValue(json), ct), cancellationToken));
        return command;
    }

    private static Command RevokeTokens()
    {
        var clientId = new Argument<string>("client-id") { Description = "The client's id." };
        var command = new Command("revoke-tokens", "Revoke every live access token of the client; running hubs refuse them within a second.") { clientId };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var revoked = await services.GetRequiredService<IdentityAdministration>().RevokeTokensAsync(
                parse.GetValue(clientId)!, IdentityCommandRunner.Actor, ct);
            Console.WriteLine($"{revoked} live token(s) of {parse.GetValue(clientId)} revoked.");
        }, cancellationToken));
        return command;
    }

    private static Command Disabling(string name, string description, bool disabled)
    {
        var clientId = new Argument<string>("client-id") { Description = "The client's id." };
        var command = new Command(name, description) { clientId };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var revoked = await services.GetRequiredService<IdentityAdministration>().SetClientDisabledAsync(
                parse.GetValue(clientId)!, disabled, IdentityCommandRunner.Actor, ct);
            Console.WriteLine(disabled
                ? $"Client {parse.GetValue(clientId)} disabled; {revoked} live token(s) revoked."
                : $"Client {parse.GetValue(clientId)} enabled.");
        }, cancellationToken));
        return command;
    }

    private static Command CreateClient()
    {
        var agency = new Option<string>("--agency") { Description = "The agency's code.", Required = true };
        var scopes = new Option<string[]>("--scope") { Description = "A scope to grant (repeat for several).", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name (defaults to '<agency> client')." };
        var lifetime = new Option<int?>("--token-lifetime") { Description = "Access-token lifetime in seconds (default: the server's)." };
        var jwks = new Option<FileInfo?>("--jwks") { Description = "A public JWKS file: the client authenticates with private_key_jwt, no secret." };
        var json = new Option<bool>("--json") { Description = "Print {\"client_id\", \"client_secret\"} as JSON." };
        var command = new Command("create", "Register a client of an agency (the client_id is generated).") { agency, scopes, name, lifetime, jwks, json };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var jwksFile = parse.GetValue(jwks);
            var registration = await services.GetRequiredService<IdentityAdministration>().CreateClientAsync(
                parse.GetValue(agency)!, parse.GetValue(name) ?? $"{parse.GetValue(agency)} client", parse.GetValue(scopes)!,
                IdentityCommandRunner.Actor, jwksFile is null ? null : await File.ReadAllTextAsync(jwksFile.FullName, ct),
                parse.GetValue(lifetime), cancellationToken: ct);
            Print(parse.GetValue(json), registration.ClientId, registration.ClientSecret);
        }, cancellationToken));
        return command;
    }

    private static Command Secret()
    {
        var command = new Command("secret", "Add, rotate or expire a client's secrets.");
        var clientId = new Argument<string>("client-id") { Description = "The client's id." };
        var expiresIn = new Option<TimeSpan?>("--expires-in") { Description = "Lifetime of the new secret, e.g. 90.00:00:00 (default: none)." };
        var overlap = new Option<TimeSpan>("--overlap") { Description = "How long the old secrets keep working.", DefaultValueFactory = _ => TimeSpan.FromDays(1) };
        var json = new Option<bool>("--json") { Description = "Print {\"client_id\", \"client_secret\"} as JSON." };

        var add = new Command("add", "Add a secret; the existing ones keep working.") { clientId, expiresIn, json };
        add.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var secret = await services.GetRequiredService<IdentityAdministration>().AddSecretAsync(
                parse.GetValue(clientId)!, ExpiresAt(parse.GetValue(expiresIn)), IdentityCommandRunner.Actor, cancellationToken: ct);
            Print(parse.GetValue(json), parse.GetValue(clientId)!, secret);
        }, cancellationToken));

        var rotate = new Command("rotate", "Add a new secret and let the old ones expire after the overlap.") { clientId, expiresIn, overlap, json };
        rotate.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var secret = await services.GetRequiredService<IdentityAdministration>().RotateSecretAsync(
                parse.GetValue(clientId)!, parse.GetValue(overlap), ExpiresAt(parse.GetValue(expiresIn)), IdentityCommandRunner.Actor, ct);
            Print(parse.GetValue(json), parse.GetValue(clientId)!, secret);
        }, cancellationToken));

        var expire = new Command("expire", "Expire every secret of the client now.") { clientId };
        expire.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            await services.GetRequiredService<IdentityAdministration>().ExpireSecretsAsync(
                parse.GetValue(clientId)!, DateTimeOffset.UtcNow, IdentityCommandRunner.Actor, ct);
            Console.WriteLine($"Every secret of {parse.GetValue(clientId)} has expired.");
        }, cancellationToken));

        command.Subcommands.Add(add);
        command.Subcommands.Add(rotate);
        command.Subcommands.Add(expire);
        return command;
    }

    private static Command Scope()
    {
        var command = new Command("scope", "Grant or revoke a client's scopes.");
        foreach (var grant in new[] { true, false })
        {
            var clientId = new Argument<string>("client-id") { Description = "The client's id." };
            var scope = new Argument<string>("scope") { Description = "A scope of policies/scopes.yaml." };
            var sub = new Command(grant ? "grant" : "revoke", grant ? "Grant a scope." : "Revoke a scope.") { clientId, scope };
            sub.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
            {
                var administration = services.GetRequiredService<IdentityAdministration>();
                var change = grant ? administration.GrantScopeAsync : (Func<string, string, string, CancellationToken, Task>)administration.RevokeScopeAsync;
                await change(parse.GetValue(clientId)!, parse.GetValue(scope)!, IdentityCommandRunner.Actor, ct);
                Console.WriteLine($"Scope {parse.GetValue(scope)} {(grant ? "granted to" : "revoked from")} {parse.GetValue(clientId)}.");
            }, cancellationToken));
            command.Subcommands.Add(sub);
        }

        return command;
    }

    private static DateTimeOffset? ExpiresAt(TimeSpan? lifetime) => lifetime is { } value ? DateTimeOffset.UtcNow + value : null;

    private static void Print(bool json, string clientId, string? secret)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string?> { ["client_id"] = clientId, ["client_secret"] = secret }));
            return;
        }

        Console.WriteLine($"client_id:     {clientId}");
        Console.WriteLine(secret is null ? "authentication: private_key_jwt (no secret)" : $"client_secret: {secret}   (shown once; stored hashed)");
    }
}
