using System.Security.Claims;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.AspNetCore;

/// <summary>
/// Chooses the schema whose SDL <c>GET {path}?sdl</c> serves a caller, so that it tells no more than introspection
/// does. A host registers it in the application's services; without one, the whole executed schema is served.
/// </summary>
public interface ISchemaDocumentProvider
{
    /// <summary>The schema to print for <paramref name="user"/>; the same instance for callers who see alike, so its SDL can be cached.</summary>
    Schema SchemaFor(ClaimsPrincipal user);
}
