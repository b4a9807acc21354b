using Microsoft.AspNetCore.Identity;

namespace Hub.Identity.Users;

/// <summary>
/// The password and lockout rules of user accounts before configuration (<c>Identity:Users:Password:…</c>,
/// <c>Identity:Users:Lockout:…</c>, ASP.NET Core Identity's own option names) overrides any of them.
/// </summary>
public static class UserAccountDefaults
{
    /// <summary>The configuration section bound onto ASP.NET Core Identity's <see cref="IdentityOptions"/>.</summary>
    public const string SectionName = "Identity:Users";

    /// <summary>
    /// Twelve characters with a digit, a lower- and an upper-case letter; five wrong passwords in a row lock the account
    /// for fifteen minutes (a password reset unlocks it).
    /// </summary>
    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequiredUniqueChars = 4;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = false;
    }
}
