using Hub.Identity.Protocol;
using Microsoft.AspNetCore;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// What every answer of the token, introspection and revocation endpoints keeps to: <c>Cache-Control: no-store</c>
/// (RFC 6749 §5.1), an <c>error_description</c> within RFC 6749 §5.2's characters (descriptions quote what the request
/// carried), and a refused client assertion answered as <c>invalid_client</c> (RFC 7523 §3.2), where OpenIddict names
/// some refusals (a foreign audience, a wrong subject) <c>invalid_token</c> or <c>invalid_grant</c>.
/// </summary>
public sealed class ResponseConventions<TContext> : IOpenIddictServerHandler<TContext>
    where TContext : BaseRequestContext
{
    /// <summary>Runs before the status code is chosen and the response written.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<TContext>()
            .UseSingletonHandler<ResponseConventions<TContext>>()
            .SetOrder(int.MinValue + 40_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(TContext context)
    {
        if (context.Transaction.GetHttpRequest()?.HttpContext.Response is { } http)
        {
            http.Headers.CacheControl = "no-store";
            http.Headers.Pragma = "no-cache";
        }

        var response = context.Transaction.Response;
        if (response is null)
        {
            return default;
        }

        if (response.Error is Errors.InvalidToken or Errors.InvalidGrant &&
            context.EndpointType == OpenIddictServerEndpointType.Token &&
            !string.IsNullOrEmpty(context.Transaction.Request?.ClientAssertion))
        {
            response.Error = Errors.InvalidClient;
        }

        if (response.ErrorDescription is { } description)
        {
            response.ErrorDescription = ErrorDescriptionText.ToAllowedCharacters(description);
        }

        return default;
    }
}
