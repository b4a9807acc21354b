using Hub.Data;
using Hub.GraphQL.Execution.DataLoader;
using Hub.GraphQL.Types.Resolvers;
using Hub.Server.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.SharedData;

/// <summary>The <c>person</c> and <c>organization</c> fields of rows and clues: the entity a key names, batched per request.</summary>
public static class EntityLinks
{
    /// <summary>The person whose citizen identity number <paramref name="key"/> reads from the parent row; null when unknown.</summary>
    public static ValueTask<object?> PersonAsync(IResolverContext context, Func<object, string?> key)
    {
        var parent = context.GetParent<SharedRow>();
        return PersonAsync(context, key(parent.Record), parent.Disclosure);
    }

    /// <summary>The person with citizen identity number <paramref name="idNumber"/>, shown with <paramref name="disclosure"/>; null when unknown.</summary>
    public static ValueTask<object?> PersonAsync(IResolverContext context, string? idNumber, Disclosure disclosure) =>
        LinkAsync(context, idNumber, disclosure, async (db, _, keys, selected, ct) =>
            (await EntityLookups.Persons(db, selected).Where(p => keys.Contains(p.IdNumber)).ToListAsync(ct))
                .ToDictionary(p => p.IdNumber, p => (object)p, StringComparer.Ordinal));

    /// <summary>The organisation whose credit code <paramref name="key"/> reads from the parent row; null when unknown.</summary>
    public static ValueTask<object?> OrganizationAsync(IResolverContext context, Func<object, string?> key)
    {
        var parent = context.GetParent<SharedRow>();
        return OrganizationAsync(context, key(parent.Record), parent.Disclosure);
    }

    /// <summary>The organisation with credit code <paramref name="uscc"/>, shown with <paramref name="disclosure"/>; null when unknown.</summary>
    public static ValueTask<object?> OrganizationAsync(IResolverContext context, string? uscc, Disclosure disclosure) =>
        LinkAsync(context, uscc, disclosure, async (db, visibility, keys, selected, ct) =>
            (await OrganizationProfiles.LoadAsync(db, visibility, keys, selected, ct)).ToDictionary(pair => pair.Key, pair => (object)pair.Value, StringComparer.Ordinal));

    private static async ValueTask<object?> LinkAsync(
        IResolverContext context,
        string? key,
        Disclosure disclosure,
        Func<HubDataContext, RowVisibility, IReadOnlyList<string>, IReadOnlySet<string>, CancellationToken, Task<IReadOnlyDictionary<string, object>>> load)
    {
        if (key is null)
        {
            return null;
        }

        var coordinate = $"{context.ObjectType.Name}.{context.Field.Name}";
        var selected = SelectedFields.Of(context);
        var loader = context.DataLoader(disclosure.BatchName(coordinate, selected),
            request => new EntityDataLoader(request.Services, RequestAudit.Of(request), request.Caller(), coordinate, disclosure, selected, load));
        return await loader.LoadAsync(key, context.RequestAborted) is { } entity ? new SharedRow(entity, disclosure) : null;
    }
}
