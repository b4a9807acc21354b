using Hub.Identity;
using Hub.Identity.Administration;
using Hub.Identity.Policies;
using Hub.Identity.Storage;
using Hub.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Server.Identity;

/// <summary>
/// At start-up (after the identity store is migrated): applies the policy files the process loaded
/// (<see cref="LoadedPolicies"/>; a bad file stops the server with file:line errors) idempotently, and on a first start
/// with demo data creates one client per bootstrap agency that has scopes and prints the credentials this one time.
/// </summary>
public sealed class PolicyBootstrap(
    IOptions<HubIdentityOptions> identityOptions,
    LoadedPolicies loaded,
    IOptions<HubOptions> hubOptions,
    PolicyApplier applier,
    IdentityAdministration administration,
    IDbContextFactory<IdentityDbContext> contextFactory,
    IdentityStoreInitializer storeInitializer,
    ILogger<PolicyBootstrap> logger) : IHostedService
{
    // Not disposed: a test host may stop the services after disposing them, and a source without a timer holds nothing.
    private readonly CancellationTokenSource _stopping = new();
    private Task _deferred = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var (policies, folder) = loaded;
        if (storeInitializer.Ready.IsCompleted)
        {
            await ApplyAsync(folder, policies, cancellationToken);
        }
        else
        {
            // The database is not reachable yet: apply once the identity store is ready, without holding up the host.
            _deferred = ApplyWhenReadyAsync(folder, policies, _stopping.Token);
        }
    }

    private async Task ApplyWhenReadyAsync(string folder, PolicySet policies, CancellationToken stopping)
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        try
        {
            await storeInitializer.Ready.WaitAsync(stopping);
            while (true)
            {
                try
                {
                    await ApplyAsync(folder, policies, stopping);
                    return;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The database went away again between the store's preparation and this step: try again.
                    logger.LogWarning(exception, "Applying the policies from {Folder} failed (attempt {Attempt}); retrying.", folder, backoff.Failures + 1);
                    await Task.Delay(backoff.Failed(), stopping);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host stopped before the database came back.
        }
    }

    private async Task ApplyAsync(string folder, PolicySet policies, CancellationToken cancellationToken)
    {
        var applied = await applier.ApplyAsync(policies, "policies", cancellationToken);
        logger.LogInformation("Policies from {Folder} applied: {Scopes} scopes, {Agencies} agencies and {PublicClients} public clients changed.",
            folder, applied.ScopesChanged, applied.AgenciesChanged, applied.PublicClientsChanged);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (hubOptions.Value.SeedOnFirstStart && !await db.Clients.AnyAsync(c => c.ClientType != ClientTypes.Public, cancellationToken))
        {
            await CreateDemoClientsAsync(policies, cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _deferred.WaitAsync(cancellationToken);
    }

    private async Task CreateDemoClientsAsync(PolicySet policies, CancellationToken cancellationToken)
    {
        var issuer = identityOptions.Value.Issuer.TrimEnd('/');
        var output = Console.Out;
        await output.WriteLineAsync("Demo agency credentials (shown once, stored hashed; keep them or create new ones with `hub client create`):");
        foreach (var agency in policies.Agencies.Where(a => a.Scopes.Count > 0))
        {
            var client = await administration.CreateClientAsync(agency.Code, $"{agency.Code} demo client", agency.Scopes, "demo-seed",
                cancellationToken: cancellationToken);
            await output.WriteLineAsync($"  {agency.Code,-20} client_id={client.ClientId}  client_secret={client.ClientSecret}  scope=\"{string.Join(' ', agency.Scopes)}\"");
        }

        await output.WriteLineAsync($"Get a token: curl -u CLIENT_ID:CLIENT_SECRET -d grant_type=client_credentials {issuer}{IdentityEndpointPaths.Token}");
    }
}
