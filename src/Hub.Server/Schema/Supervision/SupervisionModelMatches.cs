using Hub.Data.Hosting;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Types.Resolvers;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Running;

namespace Hub.Server.Schema.Supervision;

/// <summary>
/// <c>SupervisionModel.matches</c>: the model's rules run in the database as a run would run them, their hits served
/// as clue candidates and nothing stored. Every page runs the rules again, so it reflects the data as they are read.
/// </summary>
public static class SupervisionModelMatches
{
    /// <summary>The candidates in a stable order (subject, period), for cursor paging.</summary>
    public static async ValueTask<IQueryable<SupervisionModelMatch>> QueryAsync(IResolverContext context)
    {
        var model = context.GetParent<SupervisionModelNode>().Model;
        var input = new RunSupervisionModelInput(model.Id, context.ArgumentValue<DateOnly?>("asOf"), context.ArgumentValue<string?>("regionCode"),
            context.ArgumentValue<IReadOnlyList<ModelArgumentInput>?>("parameters"));
        RunRequest request;
        IReadOnlyList<ClueCandidate> candidates;
        try
        {
            request = SupervisionRuns.Request(context, input);
            candidates = await new ModelRunner(context.Services.GetRequiredService<HubDatabase>().Options).MatchAsync(request, context.RequestAborted);
        }
        catch (SupervisionException exception)
        {
            throw new GraphQLException(new GraphQLError(exception.Message,
                extensions: new Dictionary<string, object?> { ["code"] = RunSupervisionModelError.From(exception, model.Id).Code, ["argument"] = exception is RegionOutsideJurisdictionException ? "regionCode" : "parameters" }));
        }

        return candidates
            .OrderBy(c => c.SubjectKey, StringComparer.Ordinal).ThenBy(c => c.Period, StringComparer.Ordinal).ThenBy(c => c.SubjectType)
            .Select(c => new SupervisionModelMatch(model, request.AsOf, c))
            .AsQueryable();
    }
}
