using Hub.GraphQL.Authorization;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Administration;
using Hub.Identity.Tokens;

namespace Hub.Server.Schema.Administration;

/// <summary>
/// Runs one admin mutation: reads its <c>input</c> as a typed record, names the actor (the caller's <c>client_id</c>,
/// which the audit trail records), and turns a refusal into the payload's <c>errors</c> with the other payload fields null.
/// </summary>
internal static class AdminChange
{
    /// <summary>
    /// Runs <paramref name="change"/> with the mutation's <c>input</c> as <typeparamref name="TInput"/> and the actor;
    /// a refusal becomes the payload <paramref name="refused"/> makes of its errors.
    /// </summary>
    public static async ValueTask<object?> RunAsync<TInput>(
        IResolverContext context,
        Func<IResolverContext, TInput, string, Task<AdministrationPayload>> change,
        Func<IReadOnlyList<AdministrationError>, AdministrationPayload> refused)
    {
        var actor = Actor(context);
        try
        {
            return await change(context, context.ArgumentValue<TInput>("input"), actor);
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
