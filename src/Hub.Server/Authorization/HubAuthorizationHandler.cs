using System.Security.Claims;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types.Resolvers;
using Microsoft.AspNetCore.Authorization;
using IGraphQLAuthorizationHandler = Hub.GraphQL.Authorization.IAuthorizationHandler;

namespace Hub.Server.Authorization;

/// <summary>
/// Decides the engine's <c>@authorize</c> rules with ASP.NET Core authorization, as HotChocolate does: roles by
/// <see cref="ClaimsPrincipal.IsInRole"/> (any of them), the named policy (or the default one) through
/// <see cref="IAuthorizationService"/> with the resolver context as the resource.
/// </summary>
public sealed class HubAuthorizationHandler(IAuthorizationService authorization, IAuthorizationPolicyProvider policies)
    : IGraphQLAuthorizationHandler
{
    public ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive) =>
        DecideAsync(context.GetUser(), context, [directive]);

    public ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, IReadOnlyList<AuthorizeDirective> directives) =>
        DecideAsync(context.User, context, directives);

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
