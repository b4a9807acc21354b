using System.Security.Cryptography;
using Hub.Testing;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Logging;

namespace Hub.Identity.Tests;

/// <summary>ASP.NET Core Data Protection, which authentication brings along but the hub does not use.</summary>
public sealed class DataProtectionKeyRingTests
{
    [Fact]
    public async Task Its_keys_stay_in_process_memory_never_on_disk_unencrypted()
    {
        var userKeys = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".aspnet", "DataProtection-Keys");
        var filesBefore = Directory.Exists(userKeys) ? Directory.GetFiles(userKeys).Length : 0;
        var store = $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("hub-data-protection-").FullName, "hub.db")}";
        using var logs = new RecordedLogs();
        await using var server = await IdentityTestServer.StartAsync("sqlite", store, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), logs: logs);

        var keyManager = server.GetRequiredService<IKeyManager>();
        var key = keyManager.CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));

        Assert.Contains(keyManager.GetAllKeys(), k => k.KeyId == key.KeyId);
        Assert.Equal(filesBefore, Directory.Exists(userKeys) ? Directory.GetFiles(userKeys).Length : 0);
        Assert.Empty(logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Category}: {e.Message}"));
    }
}
