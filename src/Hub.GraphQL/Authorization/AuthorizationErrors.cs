using Hub.GraphQL.Errors;

namespace Hub.GraphQL.Authorization;

/// <summary>HotChocolate's authorization errors (messages from its <c>AuthCoreResources</c>, codes from <c>ErrorCodes</c>).</summary>
public static class AuthorizationErrors
{
    public const string NotAuthorizedMessage = "The current user is not authorized to access this resource.";

    /// <summary>The error for a failed check, or null when <paramref name="result"/> is <see cref="AuthorizeResult.Allowed"/>.</summary>
    public static GraphQLError? For(AuthorizeResult result, AuthorizeDirective directive) => result switch
    {
        AuthorizeResult.Allowed => null,
        AuthorizeResult.NotAuthenticated => Error(NotAuthorizedMessage, ErrorCodes.Authentication.NotAuthenticated),
        AuthorizeResult.PolicyNotFound => Error(
            $"The `{directive.Policy}` authorization policy does not exist.", ErrorCodes.Authentication.PolicyNotFound),
        AuthorizeResult.NoDefaultPolicy => Error(
            "The default authorization policy does not exist.", ErrorCodes.Authentication.NoDefaultPolicy),
        _ => Error(NotAuthorizedMessage, ErrorCodes.Authentication.NotAuthorized),
    };

    private static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
