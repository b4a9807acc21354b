using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Administration;

namespace Hub.Server.Schema.Administration;

/// <summary>
/// The admin changes (granted by <c>hub:admin</c> in policies/scopes.yaml), each one call of
/// <see cref="IdentityAdministration"/> — the operations of <c>hub agency …</c>/<c>hub client …</c> — recorded in the
/// audit trail with the admin token's client_id as the actor. Refusals come back in the payload's <c>errors</c>.
/// </summary>
public sealed class AdministrationMutationSchemaModule : IHubSchemaModule
{
    private static readonly string[] s_errorUnions =
    [
        "CreateAgencyError", "UpdateAgencyError", "SuspendAgencyError", "ReinstateAgencyError", "RegisterClientError",
        "AddClientSecretError", "RotateClientSecretError", "ExpireClientSecretsError", "GrantScopeError", "RevokeScopeError",
        "RevokeClientTokensError",
    ];

    /// <inheritdoc />
    public string SdlFile => "AdministrationMutations.graphql";

    /// <inheritdoc />
    public void BindResolvers(SchemaBuilder builder)
    {
        builder
            .BindResolver("Mutation", "createAgency", context => AdminChange.RunAsync(context, CreateAgencyAsync))
            .BindResolver("Mutation", "updateAgency", context => AdminChange.RunAsync(context, UpdateAgencyAsync))
            .BindResolver("Mutation", "suspendAgency", context => AdminChange.RunAsync(context, (c, i, a) => SetSuspendedAsync(c, i, a, suspended: true)))
            .BindResolver("Mutation", "reinstateAgency", context => AdminChange.RunAsync(context, (c, i, a) => SetSuspendedAsync(c, i, a, suspended: false)))
            .BindResolver("Mutation", "registerClient", context => AdminChange.RunAsync(context, RegisterClientAsync))
            .BindResolver("Mutation", "addClientSecret", context => AdminChange.RunAsync(context, AddClientSecretAsync))
            .BindResolver("Mutation", "rotateClientSecret", context => AdminChange.RunAsync(context, RotateClientSecretAsync))
            .BindResolver("Mutation", "expireClientSecrets", context => AdminChange.RunAsync(context, ExpireClientSecretsAsync))
            .BindResolver("Mutation", "grantScope", context => AdminChange.RunAsync(context, (c, i, a) => ChangeScopeAsync(c, i, a, grant: true)))
            .BindResolver("Mutation", "revokeScope", context => AdminChange.RunAsync(context, (c, i, a) => ChangeScopeAsync(c, i, a, grant: false)))
            .BindResolver("Mutation", "revokeClientTokens", context => AdminChange.RunAsync(context, RevokeClientTokensAsync));
        foreach (var union in s_errorUnions)
        {
            builder.BindResolveType(union, (value, _, _) => ((AdministrationError)value).TypeName);
        }
    }

    private static async Task<Dictionary<string, object?>> CreateAgencyAsync(IResolverContext context, MutationInput input, string actor)
    {
        var agency = await Administration(context).CreateAgencyAsync(
            input.String("code"), input.String("name"), input.String("kind"), input.String("regionCode"), actor, context.RequestAborted);
        return new() { ["agency"] = agency };
    }

    private static async Task<Dictionary<string, object?>> UpdateAgencyAsync(IResolverContext context, MutationInput input, string actor)
    {
        var code = input.String("code");
        await Administration(context).UpdateAgencyAsync(
            code, input.OptionalString("name"), input.OptionalString("kind"), input.OptionalString("regionCode"), actor, context.RequestAborted);
        return new() { ["agency"] = await context.FindAgencyAsync(code) };
    }

    private static async Task<Dictionary<string, object?>> SetSuspendedAsync(IResolverContext context, MutationInput input, string actor, bool suspended)
    {
        var code = input.String("code");
        await Administration(context).SetSuspendedAsync(code, suspended, actor, context.RequestAborted);
        return new() { ["agency"] = await context.FindAgencyAsync(code) };
    }

    private static async Task<Dictionary<string, object?>> RegisterClientAsync(IResolverContext context, MutationInput input, string actor)
    {
        var agencyCode = input.String("agencyCode");
        var registration = await Administration(context).CreateClientAsync(
            agencyCode, input.OptionalString("displayName") ?? $"{agencyCode} client", input.Strings("scopes"), actor,
            input.OptionalString("jwks"), input.OptionalInt("accessTokenLifetimeSeconds"), input.OptionalDateTime("secretExpiresAt"),
            context.RequestAborted);
        return new()
        {
            ["client"] = await context.FindClientAsync(registration.ClientId),
            ["clientId"] = registration.ClientId,
            ["clientSecret"] = registration.ClientSecret,
        };
    }

    private static async Task<Dictionary<string, object?>> AddClientSecretAsync(IResolverContext context, MutationInput input, string actor)
    {
        var clientId = input.String("clientId");
        var secret = await Administration(context).AddSecretAsync(
            clientId, input.OptionalDateTime("expiresAt"), actor, input.OptionalString("secret"), context.RequestAborted);
        return new() { ["client"] = await context.FindClientAsync(clientId), ["clientSecret"] = secret };
    }

    private static async Task<Dictionary<string, object?>> RotateClientSecretAsync(IResolverContext context, MutationInput input, string actor)
    {
        var clientId = input.String("clientId");
        var overlap = TimeSpan.FromSeconds(input.Int("overlapSeconds"));
        var secret = await Administration(context).RotateSecretAsync(
            clientId, overlap, input.OptionalDateTime("expiresAt"), actor, context.RequestAborted);
        return new() { ["client"] = await context.FindClientAsync(clientId), ["clientSecret"] = secret };
    }

    private static async Task<Dictionary<string, object?>> ExpireClientSecretsAsync(IResolverContext context, MutationInput input, string actor)
    {
        var clientId = input.String("clientId");
        var at = input.OptionalDateTime("at") ?? context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await Administration(context).ExpireSecretsAsync(clientId, at, actor, context.RequestAborted);
        return new() { ["client"] = await context.FindClientAsync(clientId) };
    }

    private static async Task<Dictionary<string, object?>> ChangeScopeAsync(IResolverContext context, MutationInput input, string actor, bool grant)
    {
        var clientId = input.String("clientId");
        var administration = Administration(context);
        var change = grant ? administration.GrantScopeAsync : (Func<string, string, string, CancellationToken, Task>)administration.RevokeScopeAsync;
        await change(clientId, input.String("scope"), actor, context.RequestAborted);
        return new() { ["client"] = await context.FindClientAsync(clientId) };
    }

    private static async Task<Dictionary<string, object?>> RevokeClientTokensAsync(IResolverContext context, MutationInput input, string actor)
    {
        var clientId = input.String("clientId");
        var revoked = await Administration(context).RevokeTokensAsync(clientId, actor, context.RequestAborted);
        return new() { ["client"] = await context.FindClientAsync(clientId), ["revokedTokens"] = revoked };
    }

    private static IdentityAdministration Administration(IResolverContext context) =>
        context.Services.GetRequiredService<IdentityAdministration>();
}
