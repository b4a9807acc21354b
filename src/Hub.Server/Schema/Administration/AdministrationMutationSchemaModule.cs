using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Administration;

namespace Hub.Server.Schema.Administration;

/// <summary>
/// The admin changes (granted by <c>hub:admin</c> in policies/scopes.yaml), each one call of
/// <see cref="IdentityAdministration"/> — the operations of <c>hub agency …</c>/<c>hub client …</c> — recorded in the
/// audit trail with the admin token's client_id as the actor. Each reads its <c>input</c> as a typed record and returns a
/// payload record; refusals come back in the payload's <c>errors</c>, typed by their CLR type.
/// </summary>
public sealed class AdministrationMutationSchemaModule : IHubSchemaModule
{
    private static readonly string[] s_errorUnions =
    [
        "CreateAgencyError", "UpdateAgencyError", "SuspendAgencyError", "ReinstateAgencyError", "RegisterClientError",
        "AddClientSecretError", "RotateClientSecretError", "ExpireClientSecretsError", "GrantScopeError", "RevokeScopeError",
        "RevokeClientTokensError", "DisableClientError", "EnableClientError",
    ];

    /// <inheritdoc />
    public string SdlFile => "AdministrationMutations.graphql";

    /// <inheritdoc />
    public void BindResolvers(SchemaBuilder builder)
    {
        builder
            .BindResolver("Mutation", "createAgency", context => AdminChange.RunAsync<CreateAgencyInput>(context, CreateAgencyAsync, RefusedAgency))
            .BindResolver("Mutation", "updateAgency", context => AdminChange.RunAsync<UpdateAgencyInput>(context, UpdateAgencyAsync, RefusedAgency))
            .BindResolver("Mutation", "suspendAgency", context =>
                AdminChange.RunAsync<AgencyCodeInput>(context, (c, i, a) => SetSuspendedAsync(c, i, a, suspended: true), RefusedAgency))
            .BindResolver("Mutation", "reinstateAgency", context =>
                AdminChange.RunAsync<AgencyCodeInput>(context, (c, i, a) => SetSuspendedAsync(c, i, a, suspended: false), RefusedAgency))
            .BindResolver("Mutation", "registerClient", context =>
                AdminChange.RunAsync<RegisterClientInput>(context, RegisterClientAsync, errors => new RegisterClientPayload(null, null, null, errors)))
            .BindResolver("Mutation", "addClientSecret", context => AdminChange.RunAsync<AddClientSecretInput>(context, AddClientSecretAsync, RefusedSecret))
            .BindResolver("Mutation", "rotateClientSecret", context => AdminChange.RunAsync<RotateClientSecretInput>(context, RotateClientSecretAsync, RefusedSecret))
            .BindResolver("Mutation", "expireClientSecrets", context => AdminChange.RunAsync<ExpireClientSecretsInput>(context, ExpireClientSecretsAsync, RefusedClient))
            .BindResolver("Mutation", "grantScope", context =>
                AdminChange.RunAsync<ClientScopeInput>(context, (c, i, a) => ChangeScopeAsync(c, i, a, grant: true), RefusedClient))
            .BindResolver("Mutation", "revokeScope", context =>
                AdminChange.RunAsync<ClientScopeInput>(context, (c, i, a) => ChangeScopeAsync(c, i, a, grant: false), RefusedClient))
            .BindResolver("Mutation", "revokeClientTokens", context =>
                AdminChange.RunAsync<ClientIdInput>(context, RevokeClientTokensAsync, errors => new RevokeClientTokensPayload(null, null, errors)))
            .BindResolver("Mutation", "disableClient", context =>
                AdminChange.RunAsync<ClientIdInput>(context, DisableClientAsync, errors => new RevokeClientTokensPayload(null, null, errors)))
            .BindResolver("Mutation", "enableClient", context =>
                AdminChange.RunAsync<ClientIdInput>(context, EnableClientAsync, RefusedClient));
        foreach (var union in s_errorUnions)
        {
            builder.BindResolveType(union, (value, _, _) => value.GetType().Name);
        }
    }

    private static AdministrationPayload RefusedAgency(IReadOnlyList<AdministrationError> errors) => new AgencyPayload(null, errors);

    private static AdministrationPayload RefusedClient(IReadOnlyList<AdministrationError> errors) => new ClientPayload(null, errors);

    private static AdministrationPayload RefusedSecret(IReadOnlyList<AdministrationError> errors) => new ClientSecretPayload(null, null, errors);

    private static async Task<AdministrationPayload> CreateAgencyAsync(IResolverContext context, CreateAgencyInput input, string actor) =>
        new AgencyPayload(await Administration(context).CreateAgencyAsync(input.Code, input.Name, input.Kind, input.RegionCode, actor, context.RequestAborted));

    private static async Task<AdministrationPayload> UpdateAgencyAsync(IResolverContext context, UpdateAgencyInput input, string actor)
    {
        await Administration(context).UpdateAgencyAsync(input.Code, input.Name, input.Kind, input.RegionCode, actor, context.RequestAborted);
        return new AgencyPayload(await context.FindAgencyAsync(input.Code));
    }

    private static async Task<AdministrationPayload> SetSuspendedAsync(IResolverContext context, AgencyCodeInput input, string actor, bool suspended)
    {
        await Administration(context).SetSuspendedAsync(input.Code, suspended, actor, context.RequestAborted);
        return new AgencyPayload(await context.FindAgencyAsync(input.Code));
    }

    private static async Task<AdministrationPayload> RegisterClientAsync(IResolverContext context, RegisterClientInput input, string actor)
    {
        var registration = await Administration(context).CreateClientAsync(
            input.AgencyCode, input.DisplayName ?? $"{input.AgencyCode} client", input.Scopes, actor, input.Jwks, input.AccessTokenLifetimeSeconds,
            input.SecretExpiresAt, context.RequestAborted);
        return new RegisterClientPayload(await context.FindClientAsync(registration.ClientId), registration.ClientId, registration.ClientSecret);
    }

    private static async Task<AdministrationPayload> AddClientSecretAsync(IResolverContext context, AddClientSecretInput input, string actor)
    {
        var secret = await Administration(context).AddSecretAsync(input.ClientId, input.ExpiresAt, actor, input.Secret, context.RequestAborted);
        return new ClientSecretPayload(await context.FindClientAsync(input.ClientId), secret);
    }

    private static async Task<AdministrationPayload> RotateClientSecretAsync(IResolverContext context, RotateClientSecretInput input, string actor)
    {
        var secret = await Administration(context).RotateSecretAsync(
            input.ClientId, TimeSpan.FromSeconds(input.OverlapSeconds), input.ExpiresAt, actor, context.RequestAborted);
        return new ClientSecretPayload(await context.FindClientAsync(input.ClientId), secret);
    }

    private static async Task<AdministrationPayload> ExpireClientSecretsAsync(IResolverContext context, ExpireClientSecretsInput input, string actor)
    {
        var at = input.At ?? context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await Administration(context).ExpireSecretsAsync(input.ClientId, at, actor, context.RequestAborted);
        return new ClientPayload(await context.FindClientAsync(input.ClientId));
    }

    private static async Task<AdministrationPayload> ChangeScopeAsync(IResolverContext context, ClientScopeInput input, string actor, bool grant)
    {
        var administration = Administration(context);
        var change = grant ? administration.GrantScopeAsync : (Func<string, string, string, CancellationToken, Task>)administration.RevokeScopeAsync;
        await change(input.ClientId, input.Scope, actor, context.RequestAborted);
        return new ClientPayload(await context.FindClientAsync(input.ClientId));
    }

    private static async Task<AdministrationPayload> RevokeClientTokensAsync(IResolverContext context, ClientIdInput input, string actor)
    {
        var revoked = await Administration(context).RevokeTokensAsync(input.ClientId, actor, context.RequestAborted);
        return new RevokeClientTokensPayload(await context.FindClientAsync(input.ClientId), revoked);
    }

    private static async Task<AdministrationPayload> DisableClientAsync(IResolverContext context, ClientIdInput input, string actor)
    {
        var revoked = await Administration(context).SetClientDisabledAsync(input.ClientId, disabled: true, actor, context.RequestAborted);
        return new RevokeClientTokensPayload(await context.FindClientAsync(input.ClientId), revoked);
    }

    private static async Task<AdministrationPayload> EnableClientAsync(IResolverContext context, ClientIdInput input, string actor)
    {
        await Administration(context).SetClientDisabledAsync(input.ClientId, disabled: false, actor, context.RequestAborted);
        return new ClientPayload(await context.FindClientAsync(input.ClientId));
    }

    private static IdentityAdministration Administration(IResolverContext context) =>
        context.Services.GetRequiredService<IdentityAdministration>();
}
