using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// Tallies every <c>invalid_client</c> answer of the token, introspection and revocation endpoints for the audit trail,
/// whether the hub's <see cref="ClientAuthenticationHandler"/> or OpenIddict's own assertion checks refused the client.
/// </summary>
public sealed class FailedAuthenticationAudit<TContext>(FailedAuthenticationTally failures) : IOpenIddictServerHandler<TContext>
    where TContext : BaseRequestContext
{
    private static readonly JsonWebTokenHandler s_reader = new();

    /// <summary>Runs before the response is written.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<TContext>()
            .UseSingletonHandler<FailedAuthenticationAudit<TContext>>()
            .SetOrder(int.MinValue + 50_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(TContext context)
    {
        var response = context.Transaction.Response;
        if (response?.Error != Errors.InvalidClient)
        {
            return default;
        }

        var request = context.Transaction.Request;
        var clientId = request?.ClientId ?? UnverifiedJsonWebToken.TryRead(s_reader, request?.ClientAssertion)?.Issuer;
        var endpoint = context.EndpointType switch
        {
            OpenIddictServerEndpointType.Introspection => IdentityEndpointPaths.Introspection,
            OpenIddictServerEndpointType.Revocation => IdentityEndpointPaths.Revocation,
            _ => IdentityEndpointPaths.Token,
        };
        failures.Add(AuditedClientId(clientId), endpoint, ClientAuthenticationHandler.Method(context.Transaction).ToString(),
            response.ErrorDescription ?? Errors.InvalidClient);
        return default;
    }

    /// <summary>
    /// The presented client id as the audit records it: cut to the longest real one, because anyone can send a failing
    /// request and the audit trail is append-only (megabyte ids would pile up there for good).
    /// </summary>
    private static string AuditedClientId(string? clientId) => clientId switch
    {
        null or "" => "(unknown)",
        { Length: > Client.MaxClientIdLength } => clientId[..Client.MaxClientIdLength] + "…",
        _ => clientId,
    };
}
