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
            .Use(AuditedRead.Page<Clue>((clue, disclosure) => new ClueNode(clue, disclosure), [ClueNode.SubjectKeyField]));
        builder.Field("Query", "clue").ResolveAsync(ClueAsync)
            .Use(AuditedRead.Entity<Clue>((clue, disclosure) => new ClueNode(clue, disclosure), [ClueNode.SubjectKeyField]));
        builder.Field("Query", "modelRuns").ResolveAsync(RunsQueryAsync).UseSorting().UseFiltering().UsePaging(Paging);
        builder.Field("SupervisionModel", "matches").ResolveAsync(SupervisionModelMatches.QueryAsync).UsePaging(Paging)
            .Use(AuditedRead.Page<SupervisionModelMatch>((match, disclosure) => new ClueCandidateNode(match, disclosure), [ClueCandidateNode.SubjectKeyField]));
        builder
            .BindEnumType<ParameterKind>("ModelParameterKind")
            .BindEnumType<SubjectType>("SubjectType")
            .BindEnumType<ClueStatus>("ClueStatus")
            .BindEnumType<RunOutcome>("RunOutcome")
            .BindResolver("Query", "supervisionModels", _ => ValueTask.FromResult<object?>(ModelCatalogue.All.Select(m => new SupervisionModelNode(m)).ToList()))
            .BindResolver("Query", "supervisionModel", SupervisionModelAsync)
            .BindResolver("Mutation", "runSupervisionModel", async context =>
                await SupervisionRuns.RunAsync(context, context.ArgumentValue<RunSupervisionModelInput>("input")))
            .BindResolver("Mutation", "runAllSupervisionModels", SupervisionRuns.RunAllAsync)
            .BindResolver("Clue", "evidence", ClueNode.EvidenceAsync)
            .BindResolver("ClueEvidence", "record", ClueEvidenceNode.RecordAsync)
            .BindResolver("ClueEvidence", "excerpt", ClueEvidenceNode.ExcerptAsync)
            .BindResolver("Clue", "person", ClueNode.SubjectAsync)
            .BindResolver("Clue", "organization", ClueNode.SubjectAsync)
            .BindResolver("ClueCandidate", "person", ClueCandidateNode.SubjectAsync)
            .BindResolver("ClueCandidate", "organization", ClueCandidateNode.SubjectAsync)
            // Every served data set's type, so that a new data set cannot be missing from the union.
            .AddSdl($"extend union EvidenceRecord = {string.Join(" | ", SharedDataSets.All.Select(d => d.Type.Name))}")
            .BindResolveType("EvidenceRecord", (value, _, _) => EvidenceRecordDataLoader.TypeName(((SharedRow)value).Record))
            .BindResolveType("RunSupervisionModelError", (value, _, _) => value.GetType().Name);
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
        ValueTask.FromResult(Filter(context, context.RowVisibility().CluesOf(OpenStore(context))));

    private static async ValueTask<Clue?> ClueAsync(IResolverContext context)
    {
        var id = context.ArgumentValue<Guid>("id");
        var visibility = context.RowVisibility();
        await using var store = await Store(context).CreateDbContextAsync(context.RequestAborted);
        return await visibility.CluesOf(store).FirstOrDefaultAsync(c => c.Id == id, context.RequestAborted);
    }

    private static ValueTask<IQueryable<ModelRun>> RunsQueryAsync(IResolverContext context) =>
        ValueTask.FromResult(Runs(context, context.RowVisibility().RunsOf(OpenStore(context))));

    /// <summary>A clue store that lives until the operation ends, since <c>totalCount</c> is counted after the page.</summary>
    private static SupervisionContext OpenStore(IResolverContext context)
    {
        var store = Store(context).CreateDbContext();
        context.RegisterForCleanup(store.DisposeAsync);
        return store;
    }

    private static IDbContextFactory<SupervisionContext> Store(IResolverContext context) =>
        context.Services.GetRequiredService<IDbContextFactory<SupervisionContext>>();

    private static IQueryable<ModelRun> Runs(IResolverContext context, IQueryable<ModelRun> visible)
    {
        var runs = visible;
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
    private static IQueryable<Clue> Filter(IResolverContext context, IQueryable<Clue> visible)
    {
        var clues = visible;
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
}
