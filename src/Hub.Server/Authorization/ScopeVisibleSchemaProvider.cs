using System.Collections.Concurrent;
using System.Security.Claims;
using Hub.GraphQL.AspNetCore;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Tokens;
using GraphQLSchema = Hub.GraphQL.Types.Schema;

namespace Hub.Server.Authorization;

/// <summary>
/// What introspection and <c>GET /graphql?sdl</c> show a caller: the fields its scopes may read (catalogue) and, for
/// anonymous callers, no field guarded by <c>@authorize</c>; an administrator (<see cref="FullSchemaScope"/>) gets the
/// whole schema as SDL. One view per distinct set of scopes, built on first use and kept.
/// </summary>
public sealed class ScopeVisibleSchemaProvider(ServedSchema served) : IVisibleSchemaProvider, ISchemaDocumentProvider
{
    /// <summary>The scope whose holders get the full SDL.</summary>
    public const string FullSchemaScope = "hub:admin";

    private readonly ConcurrentDictionary<string, GraphQLSchema> _views = new(StringComparer.Ordinal);

    public GraphQLSchema GetVisibleSchema(IResolverContext context) => ViewFor(context.GetUser());

    /// <inheritdoc />
    public GraphQLSchema SchemaFor(ClaimsPrincipal user) =>
        user.HasClaim(AccessTokenClaims.Scope, FullSchemaScope) ? served.Schema : ViewFor(user);

    /// <summary>The view for <paramref name="user"/>.</summary>
    public GraphQLSchema ViewFor(ClaimsPrincipal user)
    {
        var authenticated = user.Identities.Any(identity => identity.IsAuthenticated);
        var scopes = user.FindAll(AccessTokenClaims.Scope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var key = (authenticated ? "+" : "-") + string.Join(' ', scopes.Order(StringComparer.Ordinal));
        return _views.GetOrAdd(key, _ => VisibleSchemaFilter.Filter(served.Schema, (type, field) =>
            served.Catalogue.MayRead(type.Name, field.Name, scopes)
            && (authenticated || served.Declared.For(field).Count == 0)));
    }
}
