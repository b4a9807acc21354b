using Hub.GraphQL.Data;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Masking inside <c>where</c> and <c>order</c>: a caller who sees a personal field masked may find rows by a full value
/// it already knows (<c>eq</c>, <c>in</c>), but may not learn more of it than the mask shows, so partial matches,
/// ranges, negations and sorting by it are refused. Whether the field is masked is the read's <see cref="Disclosure"/>
/// (scopes and <c>reason</c>), as for the values it returns.
/// </summary>
public static class MaskedFieldGuard
{
    private static readonly HashSet<string> ExactMatches = new(["eq", "in"], StringComparer.Ordinal);

    /// <summary>
    /// The guard of a list whose rows are of <paramref name="typeName"/> with these personal fields; the disclosure is the
    /// list's own read unless <paramref name="disclosureOf"/> gives another (a link shows its rows as its parent's read).
    /// </summary>
    public static FieldUseGuard For(string typeName, IReadOnlyList<PersonalField> personalFields, Func<IResolverContext, Disclosure>? disclosureOf = null)
    {
        var personal = personalFields.Where(p => p.TypeName == typeName).Select(p => p.FieldName).ToHashSet(StringComparer.Ordinal);
        return (context, uses) =>
        {
            var revealing = uses.Where(u => personal.Contains(u.Field) && !ExactMatches.Contains(u.Operation)).ToList();
            if (revealing.Count == 0)
            {
                return ValueTask.CompletedTask;
            }

            var disclosure = disclosureOf is null ? SharedDataRead.Start(context, personalFields).Disclosure : disclosureOf(context);
            if (revealing.FirstOrDefault(u => !disclosure.Reveals($"{typeName}.{u.Field}")) is not { } refused)
            {
                return ValueTask.CompletedTask;
            }

            var sorting = refused.Operation is "ASC" or "DESC";
            var message = sorting
                ? $"Cannot sort by \"{typeName}.{refused.Field}\" ({refused.Path}): the field is masked for this caller, and its order would reveal it."
                : $"Cannot filter \"{typeName}.{refused.Field}\" with `{refused.Operation}` ({refused.Path}): the field is masked for this caller, so only `eq` or `in` with the full value is allowed.";
            throw new GraphQLException(new GraphQLError(
                message + " Revealing it takes a scope that grants it unmasked and a reason.",
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = HubErrorCodes.MaskedFieldFilter,
                    ["field"] = $"{typeName}.{refused.Field}",
                    ["path"] = refused.Path,
                }));
        };
    }
}
