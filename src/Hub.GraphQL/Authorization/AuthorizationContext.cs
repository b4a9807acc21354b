using System.Security.Claims;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Authorization;

/// <summary>What a request-wide (<see cref="ApplyPolicy.Validation"/>) authorization check sees of the request.</summary>
public sealed record AuthorizationContext(
    Schema Schema,
    DocumentNode Document,
    OperationDefinitionNode Operation,
    IReadOnlyDictionary<string, object?> Variables,
    IDictionary<string, object?> ContextData,
    IServiceProvider Services,
    CancellationToken RequestAborted)
{
    /// <summary>The caller, as the transport put it into the context data; an anonymous principal when absent.</summary>
    public ClaimsPrincipal User =>
        ContextData.TryGetValue(ResolverContextUserExtensions.UserKey, out var user) && user is ClaimsPrincipal principal
            ? principal
            : new ClaimsPrincipal();
}
