using System.Security.Cryptography;
using Hub.Identity.Administration;
using Hub.Testing;

namespace Hub.Identity.Tests;

/// <summary>
/// One fresh PostgreSQL database with the authorization server running on it, seeded through the admin operations:
/// a catalogue of scopes, an agency, a secret client (whose extra secret holds every character Basic must encode),
/// a client with an expired secret, and a <c>private_key_jwt</c> client whose RSA key the tests hold.
/// </summary>
public sealed class IdentityFixture : IAsyncLifetime
{
    /// <summary>A secret with the characters RFC 6749 Appendix B encoding must carry through Basic: + / : = % and space.</summary>
    public const string AwkwardSecret = "s3cr+t/with:colon=and%percent and space ü";

    public IdentityTestServer Server { get; private set; } = null!;

    public string ConnectionString { get; private set; } = null!;

    public string KeyEncryptionKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string SecretClientId { get; private set; } = null!;

    public string SecretClientSecret { get; private set; } = null!;

    public string ExpiredSecretClientId { get; private set; } = null!;

    public string ExpiredSecret { get; private set; } = null!;

    public string JwtClientId { get; private set; } = null!;

    public RSA JwtClientKey { get; } = RSA.Create(2048);

    public string JwtClientKeyId => "client-key-1";

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.Shared.CreateDatabaseAsync("hub_identity");
        Server = await StartServerAsync();
        var admin = Server.GetRequiredService<IdentityAdministration>();
        await admin.DefineScopeAsync(IdentityTestServer.PenaltiesScope, "Read administrative penalties.", "test");
        await admin.DefineScopeAsync("clues.read", "Read supervision clues.", "test");
        await admin.DefineScopeAsync("hub:admin", "Administer agencies, clients and scopes.", "test");
        await admin.CreateAgencyAsync("PSB-330700", "Public security bureau", "public-security", "330700", "test");

        var secretClient = await admin.CreateClientAsync("PSB-330700", "PSB case system", [IdentityTestServer.PenaltiesScope, "clues.read"], "test");
        SecretClientId = secretClient.ClientId;
        SecretClientSecret = secretClient.ClientSecret!;
        await admin.AddSecretAsync(SecretClientId, expiresAt: null, "test", AwkwardSecret);

        var expired = await admin.CreateClientAsync("PSB-330700", "PSB old system", ["clues.read"], "test",
            secretExpiresAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        ExpiredSecretClientId = expired.ClientId;
        ExpiredSecret = expired.ClientSecret!;

        var jwtClient = await admin.CreateClientAsync("PSB-330700", "PSB signing system", ["clues.read"], "test",
            jsonWebKeySet: AgencyJwks.Of(JwtClientKey, JwtClientKeyId));
        JwtClientId = jwtClient.ClientId;
    }

    /// <summary>Starts another replica on the same database and key-encryption key.</summary>
    public Task<IdentityTestServer> StartServerAsync(IDictionary<string, string?>? settings = null) =>
        IdentityTestServer.StartAsync("postgres", ConnectionString, KeyEncryptionKey, settings);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        JwtClientKey.Dispose();
    }
}
