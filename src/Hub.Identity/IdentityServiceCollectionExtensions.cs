using Hub.Data.Hosting;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Hub.Identity.Keys;
using Hub.Identity.RateLimiting;
using Hub.Identity.Server;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Hub.Identity.Users;
using Hub.Identity.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Identity;

/// <summary>Registers the authorization server (OpenIddict with the hub's handlers), its stores and the resource-side bearer authentication.</summary>
public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Adds the identity services configured from the <c>Identity</c> section, their store on the hub's database
    /// (<c>Hub:Database</c>, <see cref="HubDataOptions"/>), and makes <c>Bearer</c> (hub access
    /// tokens) the default authentication scheme.
    /// </summary>
    public static IServiceCollection AddHubIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubIdentityOptions>().Bind(configuration.GetSection(HubIdentityOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        var database = HubDataOptions.From(configuration);
        services.TryAddSingleton(Options.Create(database));
        services.AddPooledDbContextFactory<IdentityDbContext>(builder => builder.UseHubDatabase(database));

        services.AddSingleton(provider => new KeyEncryptionKey(provider.GetRequiredService<IOptions<HubIdentityOptions>>().Value.KeyEncryptionKey));
        services.AddSingleton<SigningKeyFactory>();
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<SigningKeyRotation>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<KeyLookupMissCounts>();
        services.AddSingleton<PersonKeyHash>();
        services.AddSingleton<AuditSearch>();
        services.AddSingleton<FailedAuthenticationTally>();
        services.AddHostedService(provider => provider.GetRequiredService<FailedAuthenticationTally>());
        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton<RevokedTokenList>();
        services.AddHostedService<RevocationListRefresh>();
        services.AddSingleton<ValidatedTokenCache>();
        services.AddSingleton<IdentityAdministration>();
        services.AddSingleton<Policies.PolicyApplier>();
        services.AddSingleton<Policies.PolicyComparison>();
        services.AddSingleton<Policies.PolicyExport>();
        services.AddHubUserAccounts(configuration);
        services.AddTokenRateLimits(configuration);
        services.AddSingleton<IdentityStoreInitializer>();
        services.AddHostedService(provider => provider.GetRequiredService<IdentityStoreInitializer>());

        services.AddHubAuthorizationServer(configuration.GetSection(HubIdentityOptions.SectionName).Get<HubIdentityOptions>() ?? new());
        services.AddAuthentication(HubBearerDefaults.AuthenticationScheme)
            .AddScheme<HubBearerOptions, HubBearerHandler>(HubBearerDefaults.AuthenticationScheme, _ => { });
        services.AddAuthorization();
        services.Configure<KeyManagementOptions>(ProcessMemoryKeyRing.Configure);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ScopeAuthorizationResultHandler>();
        return services;
    }
}
