using Hub.GraphQL.Data.Filtering;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Data.Sorting;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Users;
using Hub.Server.Schema.Administration;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.Users;

/// <summary>
/// The user accounts for admins (granted by <c>hub:admin</c> in policies/scopes.yaml): the paged <c>users</c> listing and
/// <c>createUser</c>, <c>disableUser</c>, <c>resetUserPassword</c>, each one call of <see cref="UserAccounts"/> — the
/// operations of <c>hub user …</c> — audited with the admin token's client_id as the actor.
/// </summary>
public sealed class UserAdministrationSchemaModule : IHubSchemaModule
{
    private static readonly string[] s_errorUnions = ["CreateUserError", "DisableUserError", "ResetUserPasswordError"];

    /// <inheritdoc />
    public string SdlFile => "UserAdministration.graphql";

    /// <inheritdoc />
    public void BindResolvers(SchemaBuilder builder)
    {
        builder.Field("Query", "users").ResolveAsync(UsersAsync).UseSorting().UseFiltering().UsePaging(AdministrationQuerySchemaModule.Paging);
        builder
            .BindResolver("Mutation", "createUser", context =>
                AdminChange.RunAsync<CreateUserInput>(context, CreateUserAsync, errors => new CreateUserPayload(null, null, errors)))
            .BindResolver("Mutation", "disableUser", context =>
                AdminChange.RunAsync<DisableUserInput>(context, DisableUserAsync, errors => new DisableUserPayload(null, errors)))
            .BindResolver("Mutation", "resetUserPassword", context =>
                AdminChange.RunAsync<ResetUserPasswordInput>(context, ResetUserPasswordAsync, errors => new ResetUserPasswordPayload(null, null, errors)));
        foreach (var union in s_errorUnions)
        {
            builder.BindResolveType(union, (value, _, _) => value.GetType().Name);
        }
    }

    private static async Task<AdministrationPayload> CreateUserAsync(IResolverContext context, CreateUserInput input, string actor)
    {
        var created = await Accounts(context).CreateAsync(input.UserName, input.AgencyCode, input.DisplayName, input.Password, actor, context.RequestAborted);
        return new CreateUserPayload(created.User, created.GeneratedPassword);
    }

    private static async Task<AdministrationPayload> DisableUserAsync(IResolverContext context, DisableUserInput input, string actor) =>
        new DisableUserPayload(await Accounts(context).DisableAsync(input.UserName, actor, context.RequestAborted));

    private static async Task<AdministrationPayload> ResetUserPasswordAsync(IResolverContext context, ResetUserPasswordInput input, string actor)
    {
        var reset = await Accounts(context).ResetPasswordAsync(input.UserName, input.Password, actor, context.RequestAborted);
        return new ResetUserPasswordPayload(reset.User, reset.GeneratedPassword);
    }

    private static ValueTask<IQueryable<HubUser>> UsersAsync(IResolverContext context) =>
        context.QueryIdentityStoreAsync(db => db.Users.AsNoTracking().Include(u => u.Agency).OrderBy(u => u.UserName));

    private static UserAccounts Accounts(IResolverContext context) => context.Services.GetRequiredService<UserAccounts>();
}
