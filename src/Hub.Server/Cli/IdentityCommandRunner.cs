using Hub.Identity;
using Hub.Identity.Administration;
using Hub.Identity.Policies;
using Hub.Server.Hosting;

namespace Hub.Server.Cli;

/// <summary>
/// Runs an identity command against the configured store: builds the hub's services without starting the server,
/// prepares the store (migrations, a signing key), and turns a refused operation into one line on stderr and exit 1.
/// </summary>
internal static class IdentityCommandRunner
{
    /// <summary>
    /// The actor recorded in the audit trail for changes made from the command line: <c>cli:</c> and the operator
    /// (<c>--operator NAME</c> or the operating-system user), so a change can be traced to a person.
    /// </summary>
    public static string Actor => $"cli:{CommandLineSettings.Operator}";

    public static Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task> action, CancellationToken cancellationToken) =>
        RunAsync(async (services, ct) =>
        {
            await action(services, ct);
            return 0;
        }, cancellationToken);

    /// <summary>Runs a command whose action decides the exit code (e.g. 2 for "differences found").</summary>
    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            await using var app = HubApplication.Build(CommandLineSettings.Current);
            await app.Services.GetRequiredService<IdentityStoreInitializer>().InitializeAsync(cancellationToken);
            return await action(app.Services, cancellationToken);
        }
        catch (Exception exception) when (exception is IdentityAdministrationException or PolicyValidationException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }
}
