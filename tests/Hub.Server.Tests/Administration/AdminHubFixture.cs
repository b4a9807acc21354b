using Hub.Identity.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Administration;

/// <summary>
/// The real hub on a Kestrel port over a fresh PostgreSQL database (policies applied at start-up), with one client of
/// the hub-operator agency holding <c>hub:admin</c> — registered the way an operator bootstraps the first admin.
/// </summary>
public sealed class AdminHubFixture : IAsyncLifetime
{
    /// <summary>The bootstrap agency of policies/agencies.yaml that operates the hub.</summary>
    public const string OperatorAgency = "HUB-430281";

    public HubKestrelServer Server { get; private set; } = null!;

    public HubHttpClient Http { get; private set; } = null!;

    public string AdminClientId { get; private set; } = null!;

    public string AdminSecret { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await HubKestrelServer.StartOnPostgresAsync("hub_admin");
        var admin = await Server.Services.GetRequiredService<IdentityAdministration>()
            .CreateClientAsync(OperatorAgency, "Admin console", ["hub:admin"], "bootstrap");
        AdminClientId = admin.ClientId;
        AdminSecret = admin.ClientSecret!;
        Http = new HubHttpClient(Server.Address);
    }

    /// <summary>A token of the admin client with <c>hub:admin</c>.</summary>
    public Task<string> AdminTokenAsync() => Http.AccessTokenAsync(AdminClientId, AdminSecret, "hub:admin");

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
