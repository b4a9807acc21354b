using Hub.Data;
using Hub.Data.Model.Administrative;
using Hub.GraphQL.Data.Projection;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Loads organisations with their most recently stored market-entity registration the caller may see, two queries per
/// batch, each reading only the columns the <c>Organization</c> fields selected need (<see cref="EntityProjections"/>).
/// </summary>
public static class OrganizationProfiles
{
    /// <summary>The known organisations among <paramref name="usccs"/>, by code, read for the fields <paramref name="selected"/> (<c>Type.field</c>; null: every column).</summary>
    public static async Task<IReadOnlyDictionary<string, OrganizationProfile>> LoadAsync(
        HubDataContext db, RowVisibility visibility, IReadOnlyCollection<string> usccs, IReadOnlySet<string>? selected, CancellationToken cancellationToken)
    {
        var fields = selected is null ? null : SelectedFields.OnType(selected, SharedDataTypes.Organization.Name).ToList();
        var organizations = await Projected(db.Organizations.AsNoTracking().Where(o => usccs.Contains(o.Uscc)), EntityProjections.Organization, fields)
            .ToListAsync(cancellationToken);
        var registrations = await Projected(visibility.Of<MarketEntity>(db).Where(m => usccs.Contains(m.Uscc)),
                EntityProjections.Registration, fields is null ? null : EntityProjections.RegistrationFieldsOf(fields))
            .ToListAsync(cancellationToken);
        var latest = registrations.GroupBy(m => m.Uscc, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(m => m.Id), StringComparer.Ordinal);
        return organizations.ToDictionary(o => o.Uscc, o => new OrganizationProfile(o, latest.GetValueOrDefault(o.Uscc)), StringComparer.Ordinal);
    }

    /// <summary><paramref name="rows"/> reading what <paramref name="fields"/> need of them (every column when they are null or one is unknown).</summary>
    public static IQueryable<T> Projected<T>(IQueryable<T> rows, ProjectedFields<T> projection, IEnumerable<string>? fields)
        where T : class, new() =>
        fields is not null && projection.Selector(fields) is { } selector ? rows.Select(selector) : rows;
}
