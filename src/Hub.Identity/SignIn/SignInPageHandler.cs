using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Hub.Identity.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.SignIn;

/// <summary>
/// Answers a checked authorization request: shows the sign-in page, or, for the page's post, checks the antiforgery
/// token and the password (<see cref="PasswordCheck"/>: lockout, audit) and signs the person in, which OpenIddict
/// answers with the code at the redirect URI. No consent is asked: the hub's clients are its own (first party). A
/// disabled user or a suspended agency is refused with <c>access_denied</c> at the redirect URI (RFC 6749 §4.1.2.1).
/// </summary>
public sealed class SignInPageHandler(
    PasswordCheck passwordCheck,
    IAntiforgery antiforgery,
    IDbContextFactory<IdentityDbContext> contextFactory,
    IOpenIddictAuthorizationManager authorizations,
    IOptions<HubIdentityOptions> options,
    TimeProvider time) : IOpenIddictServerHandler<HandleAuthorizationRequestContext>
{
    /// <summary>Runs after OpenIddict attached the request's principal, before it would answer.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleAuthorizationRequestContext>()
            .UseScopedHandler<SignInPageHandler>()
            .SetOrder(OpenIddictServerHandlers.Authentication.AttachPrincipal.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleAuthorizationRequestContext context)
    {
        var http = context.Transaction.GetHttpRequest()!.HttpContext;
        var client = AuthorizationRequestValidation.Client(context.Transaction);
        var language = SignInLanguage.Of((string?)context.Request[SignInLanguage.Parameter]);
        var userName = (string?)context.Request["username"];
        var password = (string?)context.Request["password"];
        if (!HttpMethods.IsPost(http.Request.Method) || string.IsNullOrEmpty(userName) || password is null)
        {
            await ShowPageAsync(context, language, client, userName, null, StatusCodes.Status200OK);
            return;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            await ShowPageAsync(context, language, client, userName, language.ExpiredForm, StatusCodes.Status400BadRequest);
            return;
        }

        var check = await passwordCheck.CheckAsync(userName, password, client.ClientId, context.CancellationToken);
        switch (check.Outcome)
        {
            case PasswordCheckOutcome.Succeeded:
                context.SignIn(await GrantAsync(check.User!, client, context.Request, context.CancellationToken));
                return;
            case PasswordCheckOutcome.Disabled:
                context.Reject(Errors.AccessDenied, "The user account is disabled.");
                return;
            case PasswordCheckOutcome.AgencySuspended:
                context.Reject(Errors.AccessDenied, "The user's agency is suspended.");
                return;
            case PasswordCheckOutcome.LockedOut:
                await ShowPageAsync(context, language, client, userName, language.LockedOut, StatusCodes.Status200OK);
                return;
            default:
                await ShowPageAsync(context, language, client, userName, language.WrongCredentials, StatusCodes.Status200OK);
                return;
        }
    }

    /// <summary>
    /// The person's principal with the scopes they may have, tied to a new authorization (OpenIddict's store): the code,
    /// and every refresh token that descends from it, carry its id, so a replayed code or a sign-out revokes them all.
    /// </summary>
    private async Task<System.Security.Claims.ClaimsPrincipal> GrantAsync(HubUser user, Client client, OpenIddictRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var held = await UserScopes.HeldAsync(db, user, cancellationToken);
        var scopes = UserPrincipal.Scopes(request.GetScopes(), ClientPermissions.Scopes(client.Permissions).ToHashSet(StringComparer.Ordinal), held);
        var principal = UserPrincipal.Create(user, scopes, options.Value.DefaultResource);
        var descriptor = new OpenIddictAuthorizationDescriptor
        {
            Subject = user.Id.ToString(),
            Status = Statuses.Valid,
            Type = AuthorizationTypes.AdHoc,
            CreationDate = time.GetUtcNow(),
        };
        descriptor.Scopes.UnionWith(scopes);
        var authorization = await authorizations.CreateAsync(descriptor, cancellationToken);
        principal.SetAuthorizationId(await authorizations.GetIdAsync(authorization, cancellationToken));
        return principal;
    }

    private async Task ShowPageAsync(
        HandleAuthorizationRequestContext context, SignInLanguage language, Client client, string? userName, string? error, int status)
    {
        var http = context.Transaction.GetHttpRequest()!.HttpContext;
        var parameters = context.Request.GetParameters()
            .Where(p => !SignInPage.OwnFields.Contains(p.Key))
            .Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString() ?? ""))
            .ToList();
        var tokens = antiforgery.GetAndStoreTokens(http);
        var page = SignInPage.Render(language, http.Request.PathBase + http.Request.Path, client.DisplayName, parameters, tokens.RequestToken!, userName, error);
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Frame-Options"] = "DENY";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        await response.WriteAsync(page, context.CancellationToken);
        context.HandleRequest();
    }
}
