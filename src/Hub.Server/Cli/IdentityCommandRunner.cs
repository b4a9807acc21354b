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
    /// <summary>The actor recorded in the audit trail for changes made from the command line.</summary>
    public const string Actor = "cli";

    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        try
        {
            await using var app = HubApplication.Build([]);
            await app.Services.GetRequiredService<IdentityStoreInitializer>().InitializeAsync(cancellationToken);
            await action(app.Services, cancellationToken);
            return 0;
        }
        catch (Exception exception) when (exception is IdentityAdministrationException or PolicyValidationException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }
}
