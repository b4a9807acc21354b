using System.Globalization;
using Hub.Data;
using Hub.Data.Hosting;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Hub.Server.Authorization;
using Hub.Server.Privacy;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Relay's global object identification over the shared data: the <c>Node</c> interface's <c>id</c> of every row type
/// and of <c>Organization</c>, and <c>Query.node</c>/<c>Query.nodes</c>. An object found by id is read exactly as its
/// own list or lookup reads it: the caller needs that field's scope, sealed rows and organisations only sealed rows
/// name are not found, the read is audited, and personal fields are masked unless the scopes and a <c>reason</c> reveal them.
/// <c>Person</c> has no global id: its only key is the identity number, which an id (base64, not encrypted) would expose.
/// </summary>
public static class GlobalObjects
{
    /// <summary>Most ids one <c>nodes</c> call resolves (HotChocolate's <c>MaxAllowedNodeBatchSize</c> default).</summary>
    public const int MaxBatchSize = 10;

    /// <summary>The types that implement <c>Node</c>.</summary>
    public static IEnumerable<SharedDataType> NodeTypes => SharedDataSets.All.Select(d => d.Type).Append(SharedDataTypes.Organization);

    /// <summary>The global id of a served row or organisation.</summary>
    public static string IdOf(object record) => record switch
    {
        OrganizationProfile organization => new GlobalId(SharedDataTypes.Organization.Name, organization.Uscc).Serialize(),
        Hub.Data.Model.SharedRecord row => new GlobalId(TypeOf(row).Name, row.Id.ToString(CultureInfo.InvariantCulture)).Serialize(),
        _ => throw new InvalidOperationException($"{record.GetType().Name} has no global id."),
    };

    /// <summary>The served type of a record (for resolving the <c>Node</c> interface).</summary>
    public static SharedDataType TypeOf(object record) =>
        SharedDataTypes.All.First(t => t.RecordType == record.GetType());

    /// <summary><c>Query.node(id:, reason:)</c>.</summary>
    public static async ValueTask<object?> NodeAsync(IResolverContext context)
    {
        var found = await FindAsync(context, [(string)context.ArgumentValue("id")!]);
        return found[0].Error is { } error ? throw new GraphQLException(error) : found[0].Row;
    }

    /// <summary><c>Query.nodes(ids:, reason:)</c>: one entry per id, null (with an error) for one that cannot be read.</summary>
    public static async ValueTask<object?> NodesAsync(IResolverContext context)
    {
        var ids = ((IEnumerable<object?>)context.ArgumentValue("ids")!).Cast<string>().ToList();
        if (ids.Count > MaxBatchSize)
        {
            throw new GraphQLException(new GraphQLError(
                $"The maximum number of nodes that can be fetched at once is {MaxBatchSize}. This selection tried to fetch {ids.Count} nodes that exceeded the maximum allowed amount.",
                extensions: new Dictionary<string, object?> { ["code"] = "HC0076" }));
        }

        var found = await FindAsync(context, ids);
        foreach (var error in found.Select(f => f.Error).OfType<GraphQLError>())
        {
            context.ReportError(error);
        }

        return found.Select(f => f.Row).ToList();
    }

    private static async Task<List<(object? Row, GraphQLError? Error)>> FindAsync(IResolverContext context, IReadOnlyList<string> ids)
    {
        var caller = context.Caller();
        var catalogue = context.Services.GetRequiredService<ServedSchema>().Catalogue;
        var visibility = context.Services.GetRequiredService<RowVisibilityPolicy>().For(caller);
        await using var db = context.Services.GetRequiredService<HubDatabase>().CreateContext();
        var found = new List<(object? Row, GraphQLError? Error)>();
        foreach (var text in ids)
        {
            var id = GlobalId.Parse(text);
            var readBy = id is null ? null : ReadingField(id.TypeName);
            if (id is null || readBy is null)
            {
                found.Add((null, Error($"\"{text}\" is not the global id of an object the hub serves (base64 of TypeName:key).", HubErrorCodes.InvalidNodeId)));
            }
            else if (!catalogue.MayRead("Query", readBy, caller.Scopes))
            {
                var authenticated = context.GetUser().Identities.Any(i => i.IsAuthenticated);
                found.Add((null, Error(AuthorizationErrors.NotAuthorizedMessage,
                    authenticated ? ErrorCodes.Authentication.NotAuthorized : ErrorCodes.Authentication.NotAuthenticated)));
            }
            else
            {
                found.Add((await LoadAsync(db, visibility, id, SelectedOn(context, id.TypeName), context.RequestAborted), null));
            }
        }

        var read = SharedDataRead.Start(context);
        read.Audit(found.Select(f => f.Row).OfType<object>().ToList());
        return found.Select(f => (f.Row is null ? null : (object)new SharedRow(f.Row, read.Disclosure), f.Error)).ToList();
    }

    /// <summary>The root field that reads objects of <paramref name="typeName"/> directly, whose scopes the id path requires too.</summary>
    private static string? ReadingField(string typeName) =>
        typeName == SharedDataTypes.Organization.Name ? "organization" : SharedDataSets.ByTypeName.GetValueOrDefault(typeName)?.FieldName;

    /// <summary>The fields the request selects on the object when it is a <paramref name="typeName"/> (through fragments on the interface or the type); null when unknown.</summary>
    private static IEnumerable<string>? SelectedOn(IResolverContext context, string typeName) =>
        context.GetSelection() is { } selection && context.Schema.GetType(typeName) is ObjectType type
            ? selection.GetSubSelections(type).Selections.Select(s => s.Field.Name)
            : null;

    private static async Task<object?> LoadAsync(
        HubDataContext db, RowVisibility visibility, GlobalId id, IEnumerable<string>? selected, CancellationToken cancellationToken)
    {
        if (id.TypeName == SharedDataTypes.Organization.Name)
        {
            var fields = selected?.Select(field => $"{id.TypeName}.{field}").ToHashSet(StringComparer.Ordinal);
            return await EntityLookups.OrganizationAsync(db, visibility, id.Key, fields, cancellationToken);
        }

        return long.TryParse(id.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var rowId)
            ? await SharedDataSets.ByTypeName[id.TypeName].RowByIdAsync(db, visibility, rowId, selected, cancellationToken)
            : null;
    }

    private static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
