using Hub.Identity.Protocol;
using Microsoft.AspNetCore;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// The hub's stricter reading of an OAuth POST, after OpenIddict extracted it: no parameter in the URI (credentials
/// must not travel there), each parameter at most once except <c>resource</c> (RFC 6749 §3.2), and a <c>client_id</c> in
/// the body equal to the one of the Basic credentials (OpenIddict would let the header's win).
/// </summary>
public sealed class RequestParameterPolicy<TContext> : IOpenIddictServerHandler<TContext>
    where TContext : BaseValidatingContext
{
    /// <summary>Runs after OpenIddict's ASP.NET Core host read the form and the Basic credentials.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<TContext>()
            .UseSingletonHandler<RequestParameterPolicy<TContext>>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ExtractBasicAuthenticationCredentials<TContext>.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(TContext context)
    {
        var http = context.Transaction.GetHttpRequest();
        if (http?.QueryString.HasValue == true)
        {
            context.Reject(Errors.InvalidRequest, "Parameters must be sent in the request body, not in the URI.");
            return default;
        }

        var repeated = context.Transaction.Request?.GetParameters()
            .FirstOrDefault(p => p.Key != Parameters.Resource && p.Value.Count > 1).Key;
        if (repeated is not null)
        {
            context.Reject(Errors.InvalidRequest, ErrorDescriptionText.ToAllowedCharacters($"The '{repeated}' parameter is repeated."));
            return default;
        }

        if (http is { HasFormContentType: true } && http.Form.TryGetValue(Parameters.ClientId, out var bodyClientId) &&
            !string.IsNullOrEmpty(bodyClientId) && bodyClientId != context.Transaction.Request?.ClientId)
        {
            context.Reject(Errors.InvalidRequest, "The client_id in the body differs from the one in the Authorization header.");
        }

        return default;
    }
}
