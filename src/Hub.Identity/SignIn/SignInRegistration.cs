using Hub.Identity.Keys;
using Hub.Identity.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Identity.SignIn;

/// <summary>
/// People signing in (authorization code + PKCE, refresh tokens, sign-out) on the hub's OpenIddict server: the
/// endpoints, flows and handlers, OpenIddict's EF Core token and authorization stores on the identity store, and the
/// keys of the codes and refresh tokens (README.md, "People sign in").
/// </summary>
public static class SignInRegistration
{
    /// <summary>OpenIddict's core with its EF Core stores on <see cref="IdentityDbContext"/>, and the sign-in page's antiforgery.</summary>
    public static IServiceCollection AddHubSignInServices(this IServiceCollection services)
    {
        services.AddOpenIddict().AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>());
        services.AddAntiforgery();
        return services;
    }

    /// <summary>The authorization and end-session endpoints, the code and refresh flows (PKCE with S256 only) and their handlers.</summary>
    public static OpenIddictServerBuilder AddHubSignIn(this OpenIddictServerBuilder server, HubIdentityOptions settings)
    {
        server.SetAuthorizationEndpointUris(IdentityEndpointPaths.Authorization.TrimStart('/'))
            .SetEndSessionEndpointUris(IdentityEndpointPaths.EndSession.TrimStart('/'))
            .AllowAuthorizationCodeFlow()
            .AllowRefreshTokenFlow()
            .RegisterScopes(Scopes.OfflineAccess);

        // Codes and refresh tokens are OpenIddict's own JWTs, signed and encrypted with keys derived from the key-encryption
        // key, so every replica reads what another issued and a restart does not sign everyone out (access and ID tokens
        // are signed with the rotating store key, SigningCredentialsHandler).
        var (signing, encryption) = InternalTokenKeys(settings);
        server.AddSigningKey(signing).AddEncryptionKey(encryption);
        server.Configure(options =>
        {
            options.CodeChallengeMethods.Clear();
            options.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
        });

        // The client's allowed scopes and the catalogue are checked by AuthorizationRequestValidation.
        server.RemoveEventHandler(OpenIddictServerHandlers.Authentication.ValidateScopes.Descriptor);
        server.AddEventHandler(AuthorizationRequestValidation.Descriptor)
            .AddEventHandler(SignInPageHandler.Descriptor)
            .AddEventHandler(AuthorizationResponseIssuer.Descriptor)
            .AddEventHandler(GrantEntries.CreationDescriptor)
            .AddEventHandler(GrantEntries.RedemptionDescriptor)
            .AddEventHandler(UserGrantHandler.Descriptor)
            .AddEventHandler(EndSessionHandler.ValidationDescriptor)
            .AddEventHandler(EndSessionHandler.SignOutDescriptor);
        return server;
    }

    private static (SecurityKey Signing, SecurityKey Encryption) InternalTokenKeys(HubIdentityOptions settings)
    {
        // Without a key-encryption key (CLI commands that serve nothing) the keys are random: nothing they protect outlives the process.
        if (string.IsNullOrWhiteSpace(settings.KeyEncryptionKey))
        {
            return (new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        }

        var kek = new KeyEncryptionKey(settings.KeyEncryptionKey);
        return (new SymmetricSecurityKey(kek.Derive("hub/openiddict/internal-token-signing")),
            new SymmetricSecurityKey(kek.Derive("hub/openiddict/internal-token-encryption")));
    }
}
