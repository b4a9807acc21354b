using System.Security.Claims;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Tests.Authorization;

/// <summary>
/// A small host for the engine's authorization: named policies over the caller's claims, roles by
/// <see cref="ClaimsPrincipal.IsInRole"/>, authenticated callers for the default policy. It records every check so
/// tests can see what was asked, and can answer asynchronously to exercise the executor's parked path.
/// </summary>
internal sealed class ClaimsAuthorizationHandler(IReadOnlyDictionary<string, Func<ClaimsPrincipal, bool>> policies, bool answerAsynchronously = false)
    : IAuthorizationHandler
{
    public List<string> Checks { get; } = [];

    public async ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive)
    {
        lock (Checks)
        {
            Checks.Add($"{context.ObjectType.Name}.{context.Field.Name} {directive}");
        }

        if (answerAsynchronously)
        {
            await Task.Yield();
        }

        return Decide(context.GetUser(), directive);
    }

    public ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, IReadOnlyList<AuthorizeDirective> directives)
    {
        lock (Checks)
        {
            Checks.Add("request " + string.Join(" ", directives));
        }

        var denied = directives.Select(d => Decide(context.User, d)).FirstOrDefault(r => r != AuthorizeResult.Allowed);
        return ValueTask.FromResult(denied);
    }

    private AuthorizeResult Decide(ClaimsPrincipal user, AuthorizeDirective directive)
    {
        if (directive.Policy is { } name && !policies.ContainsKey(name))
        {
            return AuthorizeResult.PolicyNotFound;
        }

        var authenticated = user.Identity?.IsAuthenticated == true;
        var allowed = authenticated
            && (directive.Policy is null || policies[directive.Policy](user))
            && (directive.Roles is null || directive.Roles.Any(user.IsInRole));
        return allowed ? AuthorizeResult.Allowed
            : authenticated ? AuthorizeResult.NotAllowed
            : AuthorizeResult.NotAuthenticated;
    }
}
