using System.Security.Cryptography;
using Hub.Data.Hosting;
using Hub.Identity;
using Hub.Server.Hosting;

namespace Hub.Server.Identity;

/// <summary>
/// Plugs the authorization server into the host: the identity store is in the hub's database (<c>Hub:Database</c>),
/// the issuer follows the first listening URL, and the embedded default keeps
/// its key-encryption key in the data folder so <c>dotnet run</c> works with no set-up.
/// </summary>
public static class IdentityHosting
{
    private const string KeyEncryptionKeyFile = "identity-kek.txt";

    public static void AddHubIdentityForHost(this WebApplicationBuilder builder, HubOptions hub)
    {
        var identity = builder.Configuration.GetSection(HubIdentityOptions.SectionName);
        var defaults = new Dictionary<string, string?>();
        var sqlite = HubDataOptions.From(builder.Configuration).Provider == DataProvider.Sqlite;
        if (string.IsNullOrWhiteSpace(identity[nameof(HubIdentityOptions.Issuer)]))
        {
            var url = (builder.Configuration["Urls"] ?? "http://localhost:5000").Split(';')[0].TrimEnd('/');
            defaults["Identity:Issuer"] = url.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
            defaults["Identity:DefaultResource"] = defaults["Identity:Issuer"] + "/graphql";
        }

        if (string.IsNullOrWhiteSpace(identity[nameof(HubIdentityOptions.KeyEncryptionKey)]))
        {
            defaults["Identity:KeyEncryptionKey"] = sqlite
                ? LoadOrCreateEmbeddedKey(hub.DataFolder)
                : throw new InvalidOperationException(
                    "Identity:KeyEncryptionKey is required with PostgreSQL (Identity__KeyEncryptionKey: base64 of 32 random bytes, " +
                    "e.g. `openssl rand -base64 32`); every replica must use the same value.");
        }

        defaults["Identity:PoliciesFolder"] = identity["PoliciesFolder"] is { Length: > 0 } folder
            ? folder
            : Hub.Identity.Policies.PolicySet.LocateFolder(null, builder.Environment.ContentRootPath);
        builder.Configuration.AddInMemoryCollection(defaults);
        builder.Services.AddHubIdentity(builder.Configuration);
        builder.Services.AddHostedService<PolicyBootstrap>();
    }

    public static void UseHubIdentity(this WebApplication app)
    {
        app.UseHubAuthentication();
        app.UseAuthorization();
    }

    /// <summary>The embedded default's key-encryption key: generated once, readable by the owner only.</summary>
    private static string LoadOrCreateEmbeddedKey(string dataFolder)
    {
        var path = Path.Combine(dataFolder, KeyEncryptionKeyFile);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(dataFolder);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
