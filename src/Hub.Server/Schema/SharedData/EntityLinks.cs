using Hub.Data;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Execution.DataLoader;
using Hub.GraphQL.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.SharedData;

/// <summary>The <c>person</c> and <c>organization</c> fields of rows: the entity the row's key names, batched per request.</summary>
public static class EntityLinks
{
    /// <summary>The person whose citizen identity number <paramref name="key"/> reads from the parent row; null when unknown.</summary>
    public static ValueTask<object?> PersonAsync(IResolverContext context, Func<object, string?> key) =>
        LinkAsync(context, key, async (db, keys, ct) =>
            (await db.Persons.AsNoTracking().Where(p => keys.Contains(p.IdNumber)).ToListAsync(ct))
                .ToDictionary(p => p.IdNumber, p => (object)p, StringComparer.Ordinal));

    /// <summary>The organisation whose credit code <paramref name="key"/> reads from the parent row; null when unknown.</summary>
    public static ValueTask<object?> OrganizationAsync(IResolverContext context, Func<object, string?> key) =>
        LinkAsync(context, key, async (db, keys, ct) =>
            (await OrganizationProfiles.LoadAsync(db, keys, ct)).ToDictionary(pair => pair.Key, pair => (object)pair.Value, StringComparer.Ordinal));

    private static async ValueTask<object?> LinkAsync(
        IResolverContext context,
        Func<object, string?> key,
        Func<HubDataContext, IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, object>>> load)
    {
        var parent = context.GetParent<SharedRow>();
        if (key(parent.Record) is not { } value)
        {
            return null;
        }

        var coordinate = $"{context.ObjectType.Name}.{context.Field.Name}";
        var selected = SelectedFields.Of(context);
        var loader = context.DataLoader(parent.Disclosure.BatchName(coordinate, selected),
            request => new EntityDataLoader(request.Services, request.GetUser(), coordinate, parent.Disclosure, selected, load));
        return await loader.LoadAsync(value, context.RequestAborted) is { } entity ? new SharedRow(entity, parent.Disclosure) : null;
    }
}
