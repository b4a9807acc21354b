using System.Security.Cryptography;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IdentityUserStore = Microsoft.AspNetCore.Identity.EntityFrameworkCore.UserOnlyStore<Hub.Identity.Users.HubUser, Hub.Identity.Storage.IdentityDbContext, System.Guid>;

namespace Hub.Identity.Users;

/// <summary>
/// The admin operations on user accounts, shared by <c>hub user …</c> and the admin GraphQL API: each change is saved
/// together with its audit record. Passwords are hashed by ASP.NET Core Identity, never stored or recorded in clear.
/// </summary>
public sealed class UserAccounts(IServiceScopeFactory scopes, AuditTrail audit, TimeProvider time)
{
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";
    private const int GeneratedPasswordLength = 20;

    /// <summary>
    /// Creates a user of an agency with <paramref name="password"/>, or a generated one that the result carries this once.
    /// </summary>
    public async Task<UserPasswordChange> CreateAsync(
        string userName, string agencyCode, string? displayName, string? password, string actor, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Open(scope);
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Code == agencyCode, cancellationToken)
            ?? throw new IdentityAdministrationException(AdministrationProblem.AgencyNotFound, agencyCode, $"Agency '{agencyCode}' does not exist.");
        var generated = password is null ? await GeneratePasswordAsync(users) : null;
        var user = new HubUser
        {
            Id = Guid.NewGuid(),
            UserName = userName,
            AgencyId = agency.Id,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName : displayName,
            CreatedAt = time.GetUtcNow(),
        };
        Require(await users.CreateAsync(user, password ?? generated!), userName);
        audit.Append(db, AuditActions.UserCreated, actor, userName, new { agency = agency.Code, display_name = user.DisplayName, generated_password = generated is not null });
        await db.SaveChangesAsync(cancellationToken);
        user.Agency = agency;
        return new UserPasswordChange(user, generated);
    }

    /// <summary>Disables a user: it can no longer sign in. Disabling a disabled user changes nothing and records nothing.</summary>
    public async Task<HubUser> DisableAsync(string userName, string actor, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Open(scope);
        var user = await FindAsync(users, db, userName, cancellationToken);
        if (user.Disabled)
        {
            return user;
        }

        user.Disabled = true;
        Require(await users.UpdateSecurityStampAsync(user), userName);
        audit.Append(db, AuditActions.UserDisabled, actor, userName, new { });
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>
    /// Sets a new password (<paramref name="password"/>, or a generated one that the result carries this once) and lifts a
    /// lockout, so a locked-out person can sign in again with it.
    /// </summary>
    public async Task<UserPasswordChange> ResetPasswordAsync(
        string userName, string? password, string actor, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Open(scope);
        var user = await FindAsync(users, db, userName, cancellationToken);
        var generated = password is null ? await GeneratePasswordAsync(users) : null;
        var newPassword = password ?? generated!;
        Require(await ValidatePasswordAsync(users, user, newPassword), userName);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        Require(await users.UpdateSecurityStampAsync(user), userName);
        audit.Append(db, AuditActions.UserPasswordReset, actor, userName, new { generated_password = generated is not null });
        await db.SaveChangesAsync(cancellationToken);
        return new UserPasswordChange(user, generated);
    }

    /// <summary>
    /// The user manager and the identity store of <paramref name="scope"/>, the store set to save only when the caller
    /// saves, so that a change and its audit record commit together.
    /// </summary>
    private static (UserManager<HubUser> Users, IdentityDbContext Db) Open(AsyncServiceScope scope)
    {
        var store = (IdentityUserStore)scope.ServiceProvider.GetRequiredService<IUserStore<HubUser>>();
        store.AutoSaveChanges = false;
        return (scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>(), store.Context);
    }

    private static async Task<HubUser> FindAsync(UserManager<HubUser> users, IdentityDbContext db, string userName, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeName(userName);
        return await db.Users.Include(u => u.Agency).FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken)
            ?? throw new IdentityAdministrationException(AdministrationProblem.UserNotFound, userName, $"User '{userName}' does not exist.");
    }

    /// <summary>Turns Identity's refusal into the admin error that names the problem: the user name or the password rules broken.</summary>
    private static void Require(IdentityResult result, string userName)
    {
        if (result.Succeeded)
        {
            return;
        }

        var errors = result.Errors.ToList();
        var rules = errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)).ToList();
        if (rules.Count > 0)
        {
            throw new IdentityAdministrationException(AdministrationProblem.PasswordRejected, string.Join(' ', rules.Select(r => r.Code)),
                $"The password of user '{userName}' breaks the password policy: {string.Join(" ", rules.Select(r => $"{r.Description} ({r.Code})"))}");
        }

        var problem = errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))
            ? AdministrationProblem.DuplicateUser
            : AdministrationProblem.InvalidUser;
        throw new IdentityAdministrationException(problem, userName, $"User '{userName}': {string.Join(" ", errors.Select(e => e.Description))}");
    }

    /// <summary>The configured password rules applied to <paramref name="password"/>, every broken rule in one result.</summary>
    private static async Task<IdentityResult> ValidatePasswordAsync(UserManager<HubUser> users, HubUser user, string password)
    {
        var checks = await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, user, password)));
        var errors = checks.SelectMany(c => c.Errors).ToArray();
        return errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors);
    }

    /// <summary>A random password that the configured policy accepts (drawn again in the rare case that it does not, a hundred times at most).</summary>
    private static async Task<string> GeneratePasswordAsync(UserManager<HubUser> users)
    {
        var length = Math.Max(GeneratedPasswordLength, users.Options.Password.RequiredLength);
        for (var draw = 0; draw < 100; draw++)
        {
            var password = RandomNumberGenerator.GetString(PasswordAlphabet, length);
            if ((await ValidatePasswordAsync(users, null!, password)).Succeeded)
            {
                return password;
            }
        }

        throw new IdentityAdministrationException(AdministrationProblem.PasswordRejected, "generated",
            "No generated password satisfies the configured password policy (Identity:Users:Password); give the password instead.");
    }
}
