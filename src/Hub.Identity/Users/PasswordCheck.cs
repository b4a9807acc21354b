using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Identity.Users;

/// <summary>
/// Checks a person's password for the sign-in page, with ASP.NET Core Identity's lockout accounting: each wrong password
/// counts, and the one that reaches <c>Identity:Users:Lockout:MaxFailedAccessAttempts</c> locks the account. Every
/// check is audited (<c>user.signin.succeeded|failed|locked</c>) with the client the person signs in to as the actor.
/// </summary>
public sealed class PasswordCheck(IServiceScopeFactory scopes, AuditTrail audit)
{
    // Replicas checking wrong passwords at once race on the failure count (Identity refuses a stale update); each one is
    // counted again on a fresh read, so a burst cannot slip past the limit. This bounds the retries of one check.
    private const int MaxCountingRounds = 64;

    // One replica writes one check's outcome at a time (the hashing runs outside): SQLite, the embedded single-node
    // store, answers concurrent writers with "database is locked" instead of waiting, and PostgreSQL is spared retries.
    private readonly SemaphoreSlim _writes = new(1, 1);

    // The stand-in whose hash an unknown name is checked against.
    private static readonly HubUser s_nobody = new() { DisplayName = "" };
    private static readonly string s_nobodyHash = new PasswordHasher<HubUser>().HashPassword(s_nobody, Guid.NewGuid().ToString());

    /// <summary>Checks <paramref name="password"/> for <paramref name="userName"/> signing in to <paramref name="clientId"/>.</summary>
    public async Task<PasswordCheckResult> CheckAsync(string userName, string password, string clientId, CancellationToken cancellationToken = default)
    {
        bool passwordRight;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
            var user = await FindAsync(scope, userName, cancellationToken);
            if (user is null)
            {
                // The same hashing work as for a real user, so the answer's timing does not tell which names exist.
                users.PasswordHasher.VerifyHashedPassword(s_nobody, s_nobodyHash, password);
                return await RecordAsync(new PasswordCheckResult(PasswordCheckOutcome.Failed, null), userName, clientId, "unknown_user", cancellationToken);
            }

            if (await users.IsLockedOutAsync(user))
            {
                return await RecordAsync(new PasswordCheckResult(PasswordCheckOutcome.LockedOut, user, user.LockoutEnd), userName, clientId, "locked_out", cancellationToken);
            }

            passwordRight = await users.CheckPasswordAsync(user, password);
            if (passwordRight)
            {
                return await AdmitAsync(users, user, clientId, cancellationToken);
            }
        }

        return await CountFailureAsync(userName, clientId, cancellationToken);
    }

    private async Task<PasswordCheckResult> AdmitAsync(UserManager<HubUser> users, HubUser user, string clientId, CancellationToken cancellationToken)
    {
        var userName = user.UserName!;
        if (user.Disabled)
        {
            return await RecordAsync(new PasswordCheckResult(PasswordCheckOutcome.Disabled, user), userName, clientId, "disabled", cancellationToken);
        }

        if (user.Agency.Suspended)
        {
            return await RecordAsync(new PasswordCheckResult(PasswordCheckOutcome.AgencySuspended, user), userName, clientId, "agency_suspended", cancellationToken);
        }

        await _writes.WaitAsync(cancellationToken);
        try
        {
            // A count refused as stale (another replica's failure just changed it) is left for the next success to reset.
            await users.ResetAccessFailedCountAsync(user);
        }
        finally
        {
            _writes.Release();
        }

        return await RecordAsync(new PasswordCheckResult(PasswordCheckOutcome.Succeeded, user), userName, clientId, null, cancellationToken);
    }

    /// <summary>Counts a wrong password on a fresh read of the user, again whenever a concurrent check changed it first.</summary>
    private async Task<PasswordCheckResult> CountFailureAsync(string userName, string clientId, CancellationToken cancellationToken)
    {
        (PasswordCheckResult Result, string Reason) counted;
        await _writes.WaitAsync(cancellationToken);
        try
        {
            counted = await CountFailureInTurnAsync(userName, cancellationToken);
        }
        finally
        {
            _writes.Release();
        }

        return await RecordAsync(counted.Result, userName, clientId, counted.Reason, cancellationToken);
    }

    private async Task<(PasswordCheckResult Result, string Reason)> CountFailureInTurnAsync(string userName, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
            var user = (await FindAsync(scope, userName, cancellationToken))!;
            if (await users.IsLockedOutAsync(user))
            {
                return (new PasswordCheckResult(PasswordCheckOutcome.LockedOut, user, user.LockoutEnd), "locked_out");
            }

            IdentityResult counted;
            try
            {
                counted = await users.AccessFailedAsync(user);
            }
            catch (DbUpdateException) when (round < MaxCountingRounds)
            {
                // SQLite refuses a write that would deadlock with another connection's ("database is locked") instead
                // of waiting for it; the other writer finishes, so the count is tried again after a pause.
                await Task.Delay(TimeSpan.FromMilliseconds(10 * round), cancellationToken);
                continue;
            }

            if (!counted.Succeeded && round < MaxCountingRounds)
            {
                continue;
            }

            return await users.IsLockedOutAsync(user)
                ? (new PasswordCheckResult(PasswordCheckOutcome.LockedOut, user, user.LockoutEnd), "too_many_failures")
                : (new PasswordCheckResult(PasswordCheckOutcome.Failed, user), "wrong_password");
        }
    }

    private static async Task<HubUser?> FindAsync(AsyncServiceScope scope, string userName, CancellationToken cancellationToken)
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var normalized = users.NormalizeName(userName);
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Users.Include(u => u.Agency)
            .FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
    }

    private async Task<PasswordCheckResult> RecordAsync(
        PasswordCheckResult result, string userName, string clientId, string? reason, CancellationToken cancellationToken)
    {
        var action = result.Outcome switch
        {
            PasswordCheckOutcome.Succeeded => AuditActions.SignInSucceeded,
            PasswordCheckOutcome.LockedOut => AuditActions.SignInLocked,
            _ => AuditActions.SignInFailed,
        };
        var detail = new { agency = result.User?.Agency.Code, reason, failed_attempts = result.User?.AccessFailedCount, locked_until = result.LockedUntil };
        await _writes.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await audit.RecordAsync(action, clientId, userName, detail, cancellationToken);
                    break;
                }
                catch (DbUpdateException) when (attempt < MaxCountingRounds)
                {
                    // As for the count: SQLite's "database is locked" passes once the other writer is done.
                    await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt), cancellationToken);
                }
            }
        }
        finally
        {
            _writes.Release();
        }

        return result;
    }
}
