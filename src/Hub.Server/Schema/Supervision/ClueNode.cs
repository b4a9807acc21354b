using System.Text.Json;
using Hub.Data.Hosting;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Execution.DataLoader;
using Hub.GraphQL.Types.Resolvers;
using Hub.Server.Privacy;
using Hub.Server.Schema.SharedData;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Running;
using Hub.Supervision.Store;

namespace Hub.Server.Schema.Supervision;

/// <summary>A stored clue as GraphQL serves it: the subject key masked unless the read reveals it, JSON columns as lists.</summary>
public sealed class ClueNode(Clue clue, Disclosure disclosure)
{
    /// <summary>The personal field of a clue, for the disclosure policy and the scope catalogue.</summary>
    public static PersonalField SubjectKeyField { get; } = new("Clue", "subjectKey", PersonalDataKind.IdNumber);

    public Guid Id => clue.Id;

    public string ClueNo => clue.ClueNo;

    public string ModelId => clue.ModelId;

    public int ModelVersion => clue.ModelVersion;

    public IReadOnlyList<string> RuleIds => clue.RuleIds.Split('|');

    public IReadOnlyList<ModelArgumentNode> Parameters =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(clue.Parameters)!.Select(p => new ModelArgumentNode(p.Key, p.Value)).ToList();

    public Guid RunId => clue.RunId;

    public DateTimeOffset GeneratedAt => clue.GeneratedAt;

    public RuleElements Elements => new(clue.SpecialCampaign, clue.Domain, clue.SupervisionPoint);

    public SubjectType SubjectType => clue.SubjectType;

    public string SubjectKey => disclosure.Show(SubjectKeyField.Coordinate, clue.SubjectKey, key => SubjectMask.Mask(clue.SubjectType, key))!;

    public string Period => clue.Period;

    public string Title => clue.Title;

    public string Summary => clue.Summary;

    public IReadOnlyList<LegalBasis> LegalBasis =>
        JsonSerializer.Deserialize<List<LegalBasis>>(clue.LegalBasis, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    public int Score => clue.Score;

    public string Priority => clue.Priority;

    public string JurisdictionRegionCode => clue.JurisdictionRegionCode;

    public string ResponsibleDepartment => clue.ResponsibleDepartment;

    public ClueStatus Status => clue.Status;

    public bool SealedMinorData => clue.SealedMinorData;

    /// <summary>
    /// <c>Clue.evidence</c>: the source records behind it; for a reader bound to a region only those whose row lies in
    /// it, since a run that read every region may have stored evidence from others (<see cref="EvidenceRegionDataLoader"/>).
    /// </summary>
    public static ValueTask<object?> EvidenceAsync(IResolverContext context) => context.GetParent<ClueNode>().VisibleEvidenceAsync(context);

    private async ValueTask<object?> VisibleEvidenceAsync(IResolverContext context)
    {
        var evidence = ClueEvidenceNode.Of(clue.Evidence, disclosure);
        if (context.RowVisibility().RegionPrefix is not { } prefix || evidence.Count == 0)
        {
            return evidence;
        }

        var regions = await context.DataLoader(nameof(EvidenceRegionDataLoader),
                request => new EvidenceRegionDataLoader(request.Services.GetRequiredService<HubDatabase>()))
            .LoadAsync([.. evidence.Select(e => new EvidenceReference(e.DataSet, e.SourceAgency, e.SourceRecordId))], context.RequestAborted);
        return evidence.Where((_, index) => regions[index]?.StartsWith(prefix, StringComparison.Ordinal) == true).ToList();
    }

    /// <summary>The person or organisation the clue is about (<c>Clue.person</c>, <c>Clue.organization</c>).</summary>
    public static ValueTask<object?> SubjectAsync(IResolverContext context) => context.GetParent<ClueNode>().LinkSubjectAsync(context);

    private ValueTask<object?> LinkSubjectAsync(IResolverContext context) =>
        ClueSubjectLink.ResolveAsync(context, clue.SubjectType, clue.SubjectKey, disclosure.Reason);
}

/// <summary>A parameter value of a run, as GraphQL serves it.</summary>
public sealed record ModelArgumentNode(string Name, string Value);
