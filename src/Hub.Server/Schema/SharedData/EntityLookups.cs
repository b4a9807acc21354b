using Hub.Data;
using Hub.Data.Hosting;
using Hub.Data.Model;
using Hub.Data.Model.Shared;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// The <c>person</c> and <c>organization</c> lookups by national key, each served as an <see cref="AuditedRead"/>:
/// an entity is found only when a row the caller may see names it (<see cref="VisibleMentions"/>).
/// </summary>
public static class EntityLookups
{
    /// <summary><c>Query.person(idNumber, reason)</c>: null unless a visible row names the person.</summary>
    public static async ValueTask<object?> PersonAsync(IResolverContext context)
    {
        var idNumber = SharedDataArguments.IdNumber(context, "idNumber")!;
        var visibility = context.RowVisibility();
        await using var db = context.Services.GetRequiredService<HubDatabase>().CreateContext();
        var person = await Persons(db, SelectedFields.Of(context)).FirstOrDefaultAsync(p => p.IdNumber == idNumber, context.RequestAborted);
        if (person is not null && !(await VisibleMentions.NamedAsync(db, visibility, KeyKind.CitizenId, [idNumber], context.RequestAborted)).Contains(idNumber))
        {
            person = null;
        }

        return person;
    }

    /// <summary><c>Query.organization(uscc, reason)</c>: the organisation with its most recently stored visible market-entity registration; null unless a visible row names it.</summary>
    public static async ValueTask<object?> OrganizationAsync(IResolverContext context)
    {
        var uscc = SharedDataArguments.Uscc(context, "uscc")!;
        var visibility = context.RowVisibility();
        await using var db = context.Services.GetRequiredService<HubDatabase>().CreateContext();
        return await OrganizationAsync(db, visibility, uscc, SelectedFields.Of(context), context.RequestAborted);
    }

    /// <summary>The persons, read for the fields <paramref name="selected"/> (<c>Type.field</c>) only.</summary>
    public static IQueryable<Person> Persons(HubDataContext db, IReadOnlySet<string> selected) =>
        OrganizationProfiles.Projected(db.Persons.AsNoTracking(), EntityProjections.Person, SelectedFields.OnType(selected, SharedDataTypes.Person.Name));

    /// <summary>
    /// The organisation with this canonical credit code as <c>organization(uscc:)</c> finds it (also behind its global id),
    /// read for the fields <paramref name="selected"/> (<c>Type.field</c>; null: every column).
    /// </summary>
    public static async Task<OrganizationProfile?> OrganizationAsync(
        HubDataContext db, RowVisibility visibility, string uscc, IReadOnlySet<string>? selected, CancellationToken cancellationToken)
    {
        var organization = (await OrganizationProfiles.LoadAsync(db, visibility, [uscc], selected, cancellationToken)).GetValueOrDefault(uscc);
        return organization is not null && (await VisibleMentions.NamedAsync(db, visibility, KeyKind.CreditCode, [uscc], cancellationToken)).Contains(uscc)
            ? organization
            : null;
    }
}
