using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types.Resolvers;
using Hub.Privacy;
using Hub.Server.Privacy;
using Hub.Server.Schema.SharedData;
using Hub.Supervision.Catalogue;

namespace Hub.Server.Schema.Supervision;

/// <summary>
/// The <c>person</c> and <c>organization</c> fields of a clue and of a dry-run candidate: the person a <c>PERSON</c>
/// subject is, or the organisation an <c>ENTITY</c> subject is, else null; read as a shared-data read with the
/// reason of the read that found the subject, batched and audited.
/// </summary>
internal static class ClueSubjectLink
{
    public static async ValueTask<object?> ResolveAsync(IResolverContext context, SubjectType subjectType, string subjectKey, string? reason)
    {
        var wanted = context.Field.Name == "person" ? SubjectType.Person : SubjectType.Entity;
        if (subjectType != wanted)
        {
            return null;
        }

        var shared = context.Services.GetRequiredService<DisclosurePolicy>().For(context.Caller(), reason);
        return wanted == SubjectType.Person
            ? await EntityLinks.PersonAsync(context, subjectKey, shared)
            : await EntityLinks.OrganizationAsync(context, subjectKey, shared);
    }
}
