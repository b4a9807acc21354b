using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Whether the credentials a WebSocket connection was opened with still hold. Over HTTP every request is
/// authenticated anew, so an expired or revoked bearer token stops working at once; a WebSocket is authenticated once,
/// at the upgrade, and an operation sent an hour later would otherwise run as the caller the token named then.
/// </summary>
internal static class ConnectionCredentials
{
    /// <summary>
    /// True when the connection was opened anonymously (nothing to lose) or its upgrade request still authenticates
    /// with the default scheme. ASP.NET Core caches a handler and its result for the lifetime of a request, and the
    /// upgrade request lives as long as the socket, so the check asks a fresh handler from a new service scope.
    /// </summary>
    public static async ValueTask<bool> StillValidAsync(HttpContext context)
    {
        if (!context.User.Identities.Any(identity => identity.IsAuthenticated))
        {
            return true;
        }

        var services = context.RequestServices;
        if (await services.GetRequiredService<IAuthenticationSchemeProvider>().GetDefaultAuthenticateSchemeAsync() is not { } scheme)
        {
            return true;
        }

        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var handler = await scope.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>().GetHandlerAsync(context, scheme.Name);
        return handler is not null && (await handler.AuthenticateAsync()).Succeeded;
    }
}
