using Hub.Identity.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Identity.Users;

/// <summary>Registers user accounts: ASP.NET Core Identity on the identity store, the admin operations and the password check.</summary>
public static class UserAccountServices
{
    /// <summary>
    /// ASP.NET Core Identity's user manager over <see cref="IdentityDbContext"/> (a pooled context per scope), with
    /// <see cref="UserAccountDefaults"/> overridden by the <c>Identity:Users</c> section.
    /// </summary>
    public static IServiceCollection AddHubUserAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContext());
        services.AddIdentityCore<HubUser>().AddEntityFrameworkStores<IdentityDbContext>();
        services.AddOptions<IdentityOptions>().Configure(UserAccountDefaults.Apply).Bind(configuration.GetSection(UserAccountDefaults.SectionName));
        services.AddSingleton<UserAccounts>();
        services.AddSingleton<UserScopes>();
        services.AddSingleton<PasswordCheck>();
        return services;
    }
}
