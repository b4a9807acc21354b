using Hub.Identity.Protocol;
using OpenIddict.Server;
using Microsoft.AspNetCore;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// The hub's stricter reading of an OAuth POST, after OpenIddict extracted it: no parameter in the URI (credentials
/// must not travel there), and each parameter at most once except <c>resource</c> (RFC 6749 §3.2).
/// </summary>
public sealed class RequestParameterPolicy<TContext> : IOpenIddictServerHandler<TContext>
    where TContext : BaseValidatingContext
{
    /// <summary>Runs after OpenIddict's ASP.NET Core host read the form.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<TContext>()
            .UseSingletonHandler<RequestParameterPolicy<TContext>>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ExtractPostRequest<TContext>.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(TContext context)
    {
        if (context.Transaction.GetHttpRequest()?.QueryString.HasValue == true)
        {
            context.Reject(Errors.InvalidRequest, "Parameters must be sent in the request body, not in the URI.");
            return default;
        }

        var repeated = context.Transaction.Request?.GetParameters()
            .FirstOrDefault(p => p.Key != Parameters.Resource && p.Value.Count > 1).Key;
        if (repeated is not null)
        {
            context.Reject(Errors.InvalidRequest, ErrorDescriptionText.ToAllowedCharacters($"The '{repeated}' parameter is repeated."));
        }

        return default;
    }
}
