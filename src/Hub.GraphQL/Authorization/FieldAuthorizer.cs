using Hub.GraphQL.Errors;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Authorization;

/// <summary>
/// Runs one guarded field for the executor: the before-resolver rules, the resolver, then the after-resolver rules.
/// A failed rule throws the authorization error, which the executor records at the field (null + error). When every
/// check finishes synchronously nothing is allocated beyond the resolver's own work.
/// </summary>
internal sealed class FieldAuthorizer(IAuthorizationHandler handler, IReadOnlyList<AuthorizeDirective> rules)
{
    private readonly AuthorizeDirective[] _before = [.. rules.Where(r => r.Apply == ApplyPolicy.BeforeResolver)];
    private readonly AuthorizeDirective[] _after = [.. rules.Where(r => r.Apply == ApplyPolicy.AfterResolver)];

    /// <summary>The executor's per-field authorizers for <paramref name="authorizations"/>; fields with only request-wide rules get none.</summary>
    public static IReadOnlyDictionary<Types.OutputField, FieldAuthorizer> Create(FieldAuthorizations authorizations, IAuthorizationHandler handler)
    {
        var authorizers = new Dictionary<Types.OutputField, FieldAuthorizer>(ReferenceEqualityComparer.Instance);
        foreach (var (field, rules) in authorizations.Fields)
        {
            var authorizer = new FieldAuthorizer(handler, rules);
            if (authorizer._before.Length + authorizer._after.Length > 0)
            {
                authorizers[field] = authorizer;
            }
        }

        return authorizers;
    }

    /// <remarks>
    /// Its awaits keep the executor's context (no <c>ConfigureAwait(false)</c>): off it, a field whose DataLoader value
    /// arrives would finish on the thread pool and reach the executor later than its siblings, after a batch of the
    /// next level was already dispatched without its keys.
    /// </remarks>
    public async ValueTask<object?> ResolveAsync(IResolverContext context, FieldResolverDelegate? resolver, PureFieldResolverDelegate? pureResolver)
    {
        await CheckAsync(context, _before);
        var value = resolver is not null ? await resolver(context) : pureResolver!(context.Parent);
        await CheckAsync(context, _after);
        return value;
    }

    private async ValueTask CheckAsync(IResolverContext context, AuthorizeDirective[] rules)
    {
        foreach (var rule in rules)
        {
            var result = await handler.AuthorizeAsync(context, rule);
            if (AuthorizationErrors.For(result, rule) is { } error)
            {
                throw new GraphQLException(error);
            }
        }
    }
}
