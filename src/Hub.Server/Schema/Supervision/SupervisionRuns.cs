using Hub.Data.Hosting;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Tokens;
using Hub.Server.Schema.SharedData;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Running;

namespace Hub.Server.Schema.Supervision;

/// <summary>
/// <c>runSupervisionModel</c> and <c>runAllSupervisionModels</c> (HotChocolate mutation conventions): a refused run
/// is a typed error in the payload; a run that fails while it runs is recorded as failed and is a field error.
/// </summary>
public static class SupervisionRuns
{
    /// <summary>Runs one model as <paramref name="input"/> asks.</summary>
    public static async Task<RunSupervisionModelPayload> RunAsync(IResolverContext context, RunSupervisionModelInput input)
    {
        try
        {
            var request = Request(context, input);
            var run = await new ModelRunner(context.Services.GetRequiredService<HubDatabase>().Options).RunAsync(request, context.RequestAborted);
            return new RunSupervisionModelPayload(input.ModelId, run, null);
        }
        catch (SupervisionException exception)
        {
            return new RunSupervisionModelPayload(input.ModelId, null, [RunSupervisionModelError.From(exception, input.ModelId)]);
        }
    }

    /// <summary>Runs every catalogue model one after another (as <c>hub models run --all</c> does); a refused one does not stop the rest.</summary>
    public static async ValueTask<object?> RunAllAsync(IResolverContext context)
    {
        var input = context.ArgumentValue<RunAllSupervisionModelsInput>("input");
        var models = new List<RunSupervisionModelPayload>();
        foreach (var model in input.PerModel())
        {
            models.Add(await RunAsync(context, model));
        }

        return new RunAllSupervisionModelsPayload(models);
    }

    /// <summary>
    /// The run <paramref name="input"/> asks of the caller: bound to its jurisdiction when it reads region-bound
    /// (<see cref="RowVisibilityPolicy"/>), refused when its token says too little to see any row.
    /// </summary>
    public static RunRequest Request(IResolverContext context, RunSupervisionModelInput input)
    {
        var visibility = context.RowVisibility();
        var request = input.ToRequest(StartedBy(context), visibility.RegionPrefix);
        return visibility.Nothing ? throw new RegionOutsideJurisdictionException(input.ModelId, request.RegionCode, jurisdiction: null) : request;
    }

    /// <summary>Who a run or dry run is recorded as started by: the caller's client id.</summary>
    public static string StartedBy(IResolverContext context) => context.GetUser().FindFirst(AccessTokenClaims.ClientId)?.Value ?? "(anonymous)";
}
