using Hub.Server.Identity;
using Hub.Server.Privacy;

namespace Hub.Server.Schema.SharedData;

/// <summary>Registers what the shared-data resolvers take from the request's services.</summary>
public static class SharedDataServiceCollectionExtensions
{
    /// <summary>
    /// Adds the masking and row-visibility policies (over the <see cref="LoadedPolicies"/> the field guards use too),
    /// the read audit (into the identity audit trail) and the key-lookup limit.
    /// </summary>
    public static IServiceCollection AddSharedDataSchema(this IServiceCollection services) => services
        .AddSingleton<IScopeRules, CatalogueScopeRules>()
        .AddSingleton<IDataReadLog, AuditTrailDataReadLog>()
        .AddSingleton<DisclosurePolicy>()
        .AddSingleton<RowVisibilityPolicy>()
        .AddSingleton<SharedDataAudit>()
        .AddSingleton<KeyLookupLimit>();
}
