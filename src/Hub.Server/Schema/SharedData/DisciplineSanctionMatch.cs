using Hub.Data.Hosting;
using Hub.Data.Model.Administrative;
using Hub.GraphQL.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// <c>Query.hasDisciplineSanction</c>: the discipline commission's sanctions answered as a yes or no for one person
/// (DOMAIN.md §6.2-3, "query-only boolean endpoint"), never listed. A question must give its reason, and is audited
/// with it and with the sanctions that decided the answer (by provenance only, as every read is).
/// </summary>
public static class DisciplineSanctionMatch
{
    /// <summary>Whether an unsealed sanction of the person exists, decided on or after <c>since</c> when given.</summary>
    public static async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var idNumber = SharedDataArguments.IdNumber(context, "personIdNumber")!;
        var since = context.ArgumentValue("since") as DateOnly?;
        SharedDataArguments.RequiredReason(context);
        await using var db = context.Services.GetRequiredService<HubDatabase>().CreateContext();
        var sanctions = db.Set<DisciplineSanction>().AsNoTracking().Where(s => !s.Sealed && s.IdNumber == idNumber);
        if (since is { } from)
        {
            sanctions = sanctions.Where(s => s.DecisionDate >= from);
        }

        var matched = await sanctions.OrderBy(s => s.Id).ToListAsync(context.RequestAborted);
        var read = SharedDataRead.Start(context, personalFields: []);
        read.Audit(matched);
        return matched.Count > 0;
    }
}
