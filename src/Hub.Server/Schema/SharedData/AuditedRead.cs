using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Types.Resolvers;
using Hub.Server.Privacy;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// The middleware of every root shared-data field (the lists, <c>person</c>, <c>organization</c>): once the resolver
/// has read its rows, the read starts (the <c>reason</c> argument and the caller's scopes decide its disclosure), is
/// audited with those rows, and the rows are served as <see cref="SharedRow"/>s that mask their personal fields per
/// leaf. Starting after the resolver keeps the order of argument errors: filters, paging, then <c>reason</c>. A read
/// by a national key first passes the <see cref="KeyLookupLimit"/>, and one that finds nothing counts against it.
/// </summary>
public static class AuditedRead
{
    /// <summary>For a paged list of shared data: the page's nodes are the rows read.</summary>
    public static FieldMiddleware Page<T>()
        where T : class =>
        Page<T>((row, disclosure) => new SharedRow(row, disclosure));

    /// <summary>
    /// For a paged list of other rows (clues, clue candidates) whose personal fields are <paramref name="personalFields"/>,
    /// each served as <paramref name="show"/> makes it.
    /// </summary>
    public static FieldMiddleware Page<T>(Func<T, Disclosure, object> show, IReadOnlyList<PersonalField>? personalFields = null)
        where T : class =>
        Audit<Connection<T>>(page => page.Nodes, (page, disclosure) => page.Select(row => show(row, disclosure)), personalFields);

    /// <summary>For a lookup of shared data: the entity found, or none.</summary>
    public static FieldMiddleware Entity() => Entity<object>((entity, disclosure) => new SharedRow(entity, disclosure));

    /// <summary>For a lookup of another row whose personal fields are <paramref name="personalFields"/>: the row found, or none.</summary>
    public static FieldMiddleware Entity<T>(Func<T, Disclosure, object> show, IReadOnlyList<PersonalField>? personalFields = null)
        where T : class =>
        Audit<T?>(entity => entity is null ? [] : [entity], (entity, disclosure) => entity is null ? null : show(entity, disclosure), personalFields);

    private static FieldMiddleware Audit<TValue>(Func<TValue, IReadOnlyCollection<object>> rows, Func<TValue, Disclosure, object?> show,
        IReadOnlyList<PersonalField>? personalFields) =>
        next => async context =>
        {
            var key = KeyLookupLimit.KeyArguments.FirstOrDefault(name => context.Field.Arguments.ContainsKey(name) && context.ArgumentValue(name) is not null);
            var limit = context.Services.GetRequiredService<KeyLookupLimit>();
            if (key is not null)
            {
                limit.EnsureAllowed(context.Caller(), key);
            }

            var value = (TValue)(await next(context))!;
            var read = SharedDataRead.Start(context, personalFields);
            var found = rows(value);
            read.Audit(found);
            if (key is not null && found.Count == 0)
            {
                await limit.MissedAsync(read.Caller, $"{context.ObjectType.Name}.{context.Field.Name}", key, context.RequestAborted);
            }

            return show(value, read.Disclosure);
        };
}
