using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Authorization;

/// <summary>
/// Decides <c>@authorize</c> rules for the engine; the host implements it (over ASP.NET Core's authorization in the
/// hub), so the engine itself needs no web framework. The resolver context is the resource being authorized.
/// </summary>
public interface IAuthorizationHandler
{
    /// <summary>Checks one rule of the field that <paramref name="context"/> is about to resolve (or has resolved).</summary>
    ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive);

    /// <summary>Checks the <see cref="ApplyPolicy.Validation"/> rules of every field a request selects, before it runs.</summary>
    ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, IReadOnlyList<AuthorizeDirective> directives);
}
