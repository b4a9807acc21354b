using Hub.Identity.ClientAuthentication;
using Hub.Identity.Protocol;

namespace Hub.Identity.Endpoints;

/// <summary>
/// What introspection and revocation both start with: a form body, an authenticated client holding the endpoint's
/// permission, and the <c>token</c> parameter. On any failure the error response is already written.
/// </summary>
public static class TokenManagementRequest
{
    public static async Task<(AuthenticatedClient Client, string Token)?> ReadAsync(
        HttpContext context, ClientAuthenticator authenticator, string endpointPath, string permission)
    {
        var (form, formError) = await OAuthForm.ReadAsync(context);
        var (client, error) = form is null ? (null, formError) : await authenticator.AuthenticateAsync(context, form, endpointPath);
        var token = form?["token"];
        error ??= client!.HasPermission(permission)
            ? null
            : OAuthError.UnauthorizedClient($"The client is not allowed to use the {endpointPath} endpoint.");
        error ??= token is null ? OAuthError.InvalidRequest("The token parameter is missing.") : null;
        if (error is not null)
        {
            await OAuthResponses.WriteErrorAsync(context, error);
            return null;
        }

        return (client!, token!);
    }
}
