using Hub.Data.Hosting;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Data.Filtering;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Data.Sorting;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Tokens;
using Hub.Server.Schema.SharedData;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Running;
using Hub.Supervision.Store;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.Supervision;

/// <summary>
/// The supervision models and their clues as GraphQL: the catalogue, clues (newest first, subject keys masked unless
/// revealed with a reason, every read audited like a data read) and <c>runSupervisionModel</c>. Which scopes may read
/// or run is the scope catalogue's business (<c>clues.read</c>, <c>models.run</c>).
/// </summary>
public sealed class SupervisionSchemaModule : IHubSchemaModule
{
    /// <inheritdoc />
    public string SdlFile => "Supervision.graphql";

    /// <inheritdoc />
    public void BindResolvers(SchemaBuilder builder)
    {
        var clueGuard = MaskedFieldGuard.For("Clue", [ClueNode.SubjectKeyField]);
        builder.Field("Query", "clues").ResolveAsync(CluesQueryAsync)
            .UseSorting(options: new SortingOptions { Guard = clueGuard })
            .UseFiltering(options: FilteringOptions.Default with { Guard = clueGuard })
            .UsePaging(Paging)
            .Use(AuditedClues);
        builder.Field("Query", "modelRuns").ResolveAsync(RunsQueryAsync).UseSorting().UseFiltering().UsePaging(Paging);
        builder
            .BindEnumType<ParameterKind>("ModelParameterKind")
            .BindEnumType<SubjectType>("SubjectType")
            .BindEnumType<ClueStatus>("ClueStatus")
            .BindEnumType<RunOutcome>("RunOutcome")
            .BindResolver("Query", "supervisionModels", _ => ValueTask.FromResult<object?>(ModelCatalogue.All.Select(m => new SupervisionModelNode(m)).ToList()))
            .BindResolver("Query", "supervisionModel", SupervisionModelAsync)
            .BindResolver("Query", "clue", ClueAsync)
            .BindResolver("Mutation", "runSupervisionModel", RunAsync)
            .BindResolveType("RunSupervisionModelError", (value, _, _) => ((RunSupervisionModelError)value).TypeName);
    }

    // Both lists count their items, as the other listings of the hub do.
    private static readonly PagingOptions Paging = PagingOptions.Default with { IncludeTotalCount = true };

    private static ValueTask<object?> SupervisionModelAsync(IResolverContext context)
    {
        var id = context.ArgumentValue<string>("id");
        var model = ModelCatalogue.All.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase));
        return ValueTask.FromResult<object?>(model is null ? null : new SupervisionModelNode(model));
    }

    private static ValueTask<IQueryable<Clue>> CluesQueryAsync(IResolverContext context) =>
        ValueTask.FromResult(Filter(context, OpenStore(context)));

    /// <summary>Audits the page of clues read and masks their subjects unless the caller revealed them with a reason.</summary>
    private static FieldDelegate AuditedClues(FieldDelegate next) => async context =>
    {
        var read = await StartReadAsync(context);
        var page = (Connection<Clue>)(await next(context))!;
        await read.AuditAsync(page.Nodes);
        return page.Select(clue => new ClueNode(clue, read.Disclosure));
    };

    private static async ValueTask<object?> ClueAsync(IResolverContext context)
    {
        var id = context.ArgumentValue<Guid>("id");
        var read = await StartReadAsync(context);
        await using var store = SupervisionContext.Create(context.Services.GetRequiredService<HubDatabase>().Options);
        var clue = await store.Clues.AsNoTracking().Include(c => c.Evidence).FirstOrDefaultAsync(c => c.Id == id, context.RequestAborted);
        await read.AuditAsync(clue is null ? [] : [clue]);
        return clue is null ? null : new ClueNode(clue, read.Disclosure);
    }

    private static ValueTask<IQueryable<ModelRun>> RunsQueryAsync(IResolverContext context) =>
        ValueTask.FromResult(Runs(context, OpenStore(context)));

    /// <summary>A clue store that lives until the operation ends, since <c>totalCount</c> is counted after the page.</summary>
    private static SupervisionContext OpenStore(IResolverContext context)
    {
        var store = SupervisionContext.Create(context.Services.GetRequiredService<HubDatabase>().Options);
        context.RegisterForCleanup(store.DisposeAsync);
        return store;
    }

    private static IQueryable<ModelRun> Runs(IResolverContext context, SupervisionContext store)
    {
        var runs = store.Runs.AsNoTracking();
        if (context.ArgumentValue<string?>("modelId") is { } modelId)
        {
            runs = runs.Where(r => r.ModelId == modelId);
        }

        if (context.HasArgument("outcome") && context.ArgumentValue("outcome") is RunOutcome outcome)
        {
            runs = runs.Where(r => r.Outcome == outcome);
        }

        return runs.OrderByDescending(r => r.StartedAt).ThenBy(r => r.Id);
    }

    // Newest first; the clue number breaks ties (a run may stamp several clues in the same tick).
    private static IQueryable<Clue> Filter(IResolverContext context, SupervisionContext store)
    {
        var clues = store.Clues.AsNoTracking().Include(c => c.Evidence).AsQueryable();
        if (context.ArgumentValue<string?>("modelId") is { } modelId)
        {
            clues = clues.Where(c => c.ModelId == modelId);
        }

        if (context.HasArgument("status") && context.ArgumentValue("status") is ClueStatus status)
        {
            clues = clues.Where(c => c.Status == status);
        }

        if (context.ArgumentValue<string?>("regionCode") is { } region)
        {
            clues = clues.Where(c => c.JurisdictionRegionCode == region);
        }

        if (context.ArgumentValue<string?>("subjectKey") is { } subject)
        {
            clues = clues.Where(c => c.SubjectKey == subject);
        }

        if (context.ArgumentValue<string?>("responsibleDepartment") is { } department)
        {
            clues = clues.Where(c => c.ResponsibleDepartment == department);
        }

        if (context.ArgumentValue("generatedFrom") is DateTimeOffset from)
        {
            clues = clues.Where(c => c.GeneratedAt >= from);
        }

        if (context.ArgumentValue("generatedBefore") is DateTimeOffset before)
        {
            clues = clues.Where(c => c.GeneratedAt < before);
        }

        return clues.OrderByDescending(c => c.GeneratedAt).ThenByDescending(c => c.ClueNo);
    }

    private static Task<SharedDataRead> StartReadAsync(IResolverContext context) => SharedDataRead.StartAsync(context, [ClueNode.SubjectKeyField]);

    private static async ValueTask<object?> RunAsync(IResolverContext context)
    {
        var input = context.ArgumentValue<IReadOnlyDictionary<string, object?>>("input");
        var modelId = (string)input["modelId"]!;
        var parameters = ((IEnumerable<object?>?)input.GetValueOrDefault("parameters") ?? [])
            .Cast<IReadOnlyDictionary<string, object?>>()
            .ToDictionary(p => (string)p["name"]!, p => (string)p["value"]!, StringComparer.Ordinal);
        var caller = context.GetUser();
        var request = new RunRequest(modelId,
            input.GetValueOrDefault("asOf") as DateOnly? ?? DateOnly.FromDateTime(DateTime.UtcNow),
            input.GetValueOrDefault("regionCode") as string ?? RunRequest.DefaultRegion,
            parameters,
            caller.FindFirst(AccessTokenClaims.ClientId)?.Value ?? "(anonymous)");
        try
        {
            var run = await new ModelRunner(context.Services.GetRequiredService<HubDatabase>().Options).RunAsync(request, context.RequestAborted);
            return new Dictionary<string, object?> { ["run"] = run, ["errors"] = null };
        }
        catch (SupervisionException exception)
        {
            return new Dictionary<string, object?> { ["run"] = null, ["errors"] = new[] { RunSupervisionModelError.From(exception, modelId) } };
        }
    }
}
