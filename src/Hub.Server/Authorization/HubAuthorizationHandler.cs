using System.Collections.Concurrent;
using System.Security.Claims;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types.Resolvers;
using Microsoft.AspNetCore.Authorization;
using IGraphQLAuthorizationHandler = Hub.GraphQL.Authorization.IAuthorizationHandler;

namespace Hub.Server.Authorization;

/// <summary>
/// Decides the engine's <c>@authorize</c> rules with ASP.NET Core authorization, as HotChocolate does: roles by
/// <see cref="ClaimsPrincipal.IsInRole"/> (any of them), the named policy (or the default one) through
/// <see cref="IAuthorizationService"/> with the resolver context as the resource. A field's rule is decided once per
/// request and rule: the hub's policies (scope requirements) read the caller only, never the resource, so the 20 rows
/// of a page and their links reuse the first decision instead of running the authorization service per field.
/// </summary>
public sealed class HubAuthorizationHandler(IAuthorizationService authorization, IAuthorizationPolicyProvider policies)
    : IGraphQLAuthorizationHandler
{
    private const string RequestDecisionsKey = "Hub.AuthorizationDecisions";

    public ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive)
    {
        var decisions = context.RequestValue(RequestDecisionsKey, static _ => new ConcurrentDictionary<AuthorizeDirective, AuthorizeResult>());
        return decisions.TryGetValue(directive, out var decided) ? ValueTask.FromResult(decided) : DecideOnceAsync(context, directive, decisions);
    }

    public ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, IReadOnlyList<AuthorizeDirective> directives) =>
        DecideAsync(context.User, context, directives);

    private async ValueTask<AuthorizeResult> DecideOnceAsync(
        IResolverContext context, AuthorizeDirective directive, ConcurrentDictionary<AuthorizeDirective, AuthorizeResult> decisions)
    {
        var decided = await DecideAsync(context.GetUser(), context, [directive]);
        decisions[directive] = decided;
        return decided;
    }

    private async ValueTask<AuthorizeResult> DecideAsync(ClaimsPrincipal user, object resource, IReadOnlyList<AuthorizeDirective> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Roles is { Count: > 0 } roles && !roles.Any(user.IsInRole))
            {
                return Denied(user);
            }

            var policy = directive.Policy is null
                ? await policies.GetDefaultPolicyAsync()
                : await policies.GetPolicyAsync(directive.Policy);
            if (policy is null)
            {
                return directive.Policy is null ? AuthorizeResult.NoDefaultPolicy : AuthorizeResult.PolicyNotFound;
            }

            var result = await authorization.AuthorizeAsync(user, resource, policy);
            if (!result.Succeeded)
            {
                return Denied(user);
            }
        }

        return AuthorizeResult.Allowed;
    }

    private static AuthorizeResult Denied(ClaimsPrincipal user) =>
        user.Identities.Any(identity => identity.IsAuthenticated) ? AuthorizeResult.NotAllowed : AuthorizeResult.NotAuthenticated;
}
