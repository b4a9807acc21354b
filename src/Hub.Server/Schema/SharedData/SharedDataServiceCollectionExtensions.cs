using Hub.Identity;
using Hub.Identity.Policies;
using Microsoft.Extensions.Options;

namespace Hub.Server.Schema.SharedData;

/// <summary>Registers what the shared-data resolvers take from the request's services.</summary>
public static class SharedDataServiceCollectionExtensions
{
    /// <summary>
    /// Adds the masking and row-visibility policies (read from the scope catalogue the identity server applies), the
    /// read audit and the key-lookup limit.
    /// </summary>
    public static IServiceCollection AddSharedDataSchema(this IServiceCollection services) => services
        .AddSingleton(provider => new DisclosurePolicy(() => LoadPolicies(provider)))
        .AddSingleton(provider => new RowVisibilityPolicy(() => LoadPolicies(provider)))
        .AddSingleton<SharedDataAudit>()
        .AddSingleton<KeyLookupLimit>();

    private static Task<PolicySet> LoadPolicies(IServiceProvider provider) =>
        PolicyLoader.LoadAsync(provider.GetRequiredService<IOptions<HubIdentityOptions>>().Value.PoliciesFolder!);
}
