using Hub.GraphQL.Authorization;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Administration;
using Hub.Identity.Tokens;

namespace Hub.Server.Schema.Administration;

/// <summary>
/// Runs one admin mutation: reads its <c>input</c>, names the actor (the caller's <c>client_id</c>, which the audit
/// trail records), and turns a refusal into the payload's <c>errors</c> with the other payload fields null.
/// </summary>
internal static class AdminChange
{
    public delegate Task<Dictionary<string, object?>> Change(IResolverContext context, MutationInput input, string actor);

    public static async ValueTask<object?> RunAsync(IResolverContext context, Change change)
    {
        var actor = Actor(context);
        try
        {
            var payload = await change(context, MutationInput.From(context), actor);
            payload["errors"] = null;
            return payload;
        }
        catch (IdentityAdministrationException exception)
        {
            return new Dictionary<string, object?> { ["errors"] = new[] { AdministrationError.From(exception) } };
        }
    }

    /// <summary>
    /// Runs one admin mutation written with typed input and payload records: the payload <paramref name="change"/> makes
    /// for the actor, or the one <paramref name="refused"/> makes of the refusal's typed error.
    /// </summary>
    public static async ValueTask<object?> RunAsync<TPayload>(
        IResolverContext context, Func<string, Task<TPayload>> change, Func<IReadOnlyList<AdministrationError>, TPayload> refused)
    {
        var actor = Actor(context);
        try
        {
            return await change(actor);
        }
        catch (IdentityAdministrationException exception)
        {
            return refused([AdministrationError.From(exception)]);
        }
    }

    /// <summary>
    /// The admin's client_id. The scope check (policies/scopes.yaml) admits only hub:admin tokens; a caller without a
    /// client_id cannot be recorded, so the change is refused rather than audited anonymously.
    /// </summary>
    private static string Actor(IResolverContext context) =>
        context.GetUser().FindFirst(AccessTokenClaims.ClientId)?.Value
        ?? throw new GraphQLException(new GraphQLError(
            "The current user is not authorized to access this resource.", context.FieldNodes, context.Path.ToList(),
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Authentication.NotAuthenticated }));
}
