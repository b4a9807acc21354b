using Hub.Data;
using Hub.Data.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Supervision.Store;

/// <summary>Registers the clue store for a host.</summary>
public static class SupervisionStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the pooled <see cref="IDbContextFactory{SupervisionContext}"/> on the hub's database (<see cref="HubDatabase"/>),
    /// as the shared data and the identity store have theirs. A model run opens its own contexts on the one connection
    /// whose transaction holds its clues, so it does not take them from this pool.
    /// </summary>
    public static IServiceCollection AddSupervisionStore(this IServiceCollection services) =>
        services.AddPooledDbContextFactory<SupervisionContext>((provider, builder) => builder.UseHubDatabase(provider.GetRequiredService<HubDatabase>().Options));
}
