using System.Globalization;
using System.Text.Json;
using Hub.Identity.Storage;
using Hub.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Cli;

/// <summary>
/// The user accounts as <c>hub user list|show</c> print them: a table for a person, <c>--json</c> for a script. Never a
/// password or its hash; a lockout shows as the instant it ends.
/// </summary>
internal static class UserListing
{
    /// <summary>Every user, or those of one agency, by user name.</summary>
    public static async Task ListAsync(IServiceProvider services, string? agency, bool json, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking().Include(u => u.Agency).AsQueryable();
        if (agency is not null)
        {
            users = users.Where(u => u.Agency.Code == agency);
        }

        Print(json, (await users.ToListAsync(cancellationToken)).OrderBy(u => u.UserName, StringComparer.Ordinal).Select(Entry).ToList());
    }

    /// <summary>One user; an unknown name is an error naming it.</summary>
    public static async Task ShowAsync(IServiceProvider services, string userName, bool json, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync(cancellationToken);
        var normalized = new UpperInvariantLookupNormalizer().NormalizeName(userName);
        var user = await db.Users.AsNoTracking().Include(u => u.Agency).FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken)
            ?? throw new InvalidOperationException($"User '{userName}' does not exist.");
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(Entry(user), DirectoryListing.JsonOptions));
            return;
        }

        Print(json: false, [Entry(user)]);
    }

    private static UserEntry Entry(HubUser user)
    {
        var lockedUntil = user.LockoutEnd > DateTimeOffset.UtcNow ? user.LockoutEnd : null;
        return new UserEntry(user.UserName!, user.DisplayName, user.Agency.Code, user.Disabled, lockedUntil, user.AccessFailedCount, user.CreatedAt);
    }

    private static void Print(bool json, IReadOnlyList<UserEntry> users) =>
        DirectoryListing.Print(json, users, ["User name", "Display name", "Agency", "Disabled", "Locked until (UTC)", "Failed attempts", "Created (UTC)"],
            u => [u.UserName, u.DisplayName, u.Agency, u.Disabled ? "yes" : "no", Instant(u.LockedUntil), u.FailedAttempts.ToString(CultureInfo.InvariantCulture), Instant(u.CreatedAt)]);

    private static string Instant(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A user as the listing shows it.</summary>
    private sealed record UserEntry(
        string UserName, string DisplayName, string Agency, bool Disabled, DateTimeOffset? LockedUntil, int FailedAttempts, DateTimeOffset CreatedAt);
}
