using System.Reflection;
using Hub.Data;
using Hub.Data.Model;
using Hub.Data.Model.Administrative;
using Microsoft.EntityFrameworkCore;

namespace Hub.Privacy;

/// <summary>
/// Which persons (or organisations) a row the caller may see names. The import registers a person or organisation for
/// every valid key of every row, sealed ones and other regions' included, so the <c>person</c> and <c>organization</c>
/// tables alone would answer "is there a record about this minor?" for records that are sealed (刑诉法 art. 286) or
/// outside the caller's jurisdiction. A lookup serves an entity only when some visible row of some data set names it.
/// </summary>
public static class VisibleMentions
{
    private static readonly MethodInfo NamedInMethod =
        typeof(VisibleMentions).GetMethod(nameof(NamedInAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Every (data set, key column) pair holding keys of each kind, from the model's <see cref="KeyColumnAttribute"/>s.</summary>
    private static readonly ILookup<KeyKind, Func<HubDataContext, RowVisibility, IReadOnlyCollection<string>, CancellationToken, Task<List<string>>>> Columns =
        HubDataContext.DataSetTypes
            .Where(type => type.IsAssignableTo(typeof(SharedRecord)))
            // Query-only sanctions (DOMAIN.md §6.2-3) must not make a person known: a lookup answering for someone only
            // they name would tell that the person has a sanction.
            .Where(type => type != typeof(DisciplineSanction))
            .SelectMany(type => type.GetProperties()
                .Where(p => p.GetCustomAttribute<KeyColumnAttribute>() is not null)
                .Select(p => (Kind: p.GetCustomAttribute<KeyColumnAttribute>()!.Kind, Query: Query(type, p.Name))))
            .ToLookup(c => c.Kind, c => c.Query);

    /// <summary>The keys among <paramref name="keys"/> that a row of any data set visible under <paramref name="visibility"/> names.</summary>
    public static async Task<IReadOnlySet<string>> NamedAsync(
        HubDataContext db, RowVisibility visibility, KeyKind kind, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var query in Columns[kind])
        {
            var remaining = keys.Where(k => !named.Contains(k)).ToList();
            if (remaining.Count == 0)
            {
                break;
            }

            named.UnionWith(await query(db, visibility, remaining, cancellationToken));
        }

        return named;
    }

    private static Func<HubDataContext, RowVisibility, IReadOnlyCollection<string>, CancellationToken, Task<List<string>>> Query(Type type, string property)
    {
        var method = NamedInMethod.MakeGenericMethod(type);
        return (db, visibility, keys, cancellationToken) => (Task<List<string>>)method.Invoke(null, [db, visibility, property, keys, cancellationToken])!;
    }

    private static Task<List<string>> NamedInAsync<T>(
        HubDataContext db, RowVisibility visibility, string property, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        where T : SharedRecord =>
        visibility.Of<T>(db)
            .Where(r => keys.Contains(EF.Property<string>(r, property)))
            .Select(r => EF.Property<string>(r, property))
            .Distinct()
            .ToListAsync(cancellationToken);
}
