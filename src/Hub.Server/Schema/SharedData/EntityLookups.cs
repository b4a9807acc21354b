using Hub.Data.Hosting;
using Hub.GraphQL.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.SharedData;

/// <summary>The <c>person</c> and <c>organization</c> lookups by national key.</summary>
public static class EntityLookups
{
    /// <summary><c>Query.person(idNumber, reason)</c>.</summary>
    public static async ValueTask<object?> PersonAsync(IResolverContext context)
    {
        var idNumber = SharedDataArguments.IdNumber(context, "idNumber")!;
        var read = await SharedDataRead.StartAsync(context);
        await using var db = context.Services.GetRequiredService<HubDatabase>().CreateContext();
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.IdNumber == idNumber, context.RequestAborted);
        await read.AuditAsync(person is null ? 0 : 1);
        return person is null ? null : new SharedRow(person, read.Disclosure);
    }

    /// <summary><c>Query.organization(uscc, reason)</c>: the organisation with its most recently stored unsealed market-entity registration.</summary>
    public static async ValueTask<object?> OrganizationAsync(IResolverContext context)
    {
        var uscc = SharedDataArguments.Uscc(context, "uscc")!;
        var read = await SharedDataRead.StartAsync(context);
        await using var db = context.Services.GetRequiredService<HubDatabase>().CreateContext();
        var organization = (await OrganizationProfiles.LoadAsync(db, [uscc], context.RequestAborted)).GetValueOrDefault(uscc);
        await read.AuditAsync(organization is null ? 0 : 1);
        return organization is null ? null : new SharedRow(organization, read.Disclosure);
    }
}
