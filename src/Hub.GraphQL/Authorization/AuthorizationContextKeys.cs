namespace Hub.GraphQL.Authorization;

/// <summary>Keys of <c>ContextData</c> on fields and types where code-first schemas keep their authorization attributes.</summary>
public static class AuthorizationContextKeys
{
    /// <summary>An <c>IReadOnlyList&lt;AuthorizeDirective&gt;</c>: the <c>[Authorize]</c> rules of a field or object type.</summary>
    public const string Directives = "Hub.Authorization.Directives";

    /// <summary>True on a field marked <c>[AllowAnonymous]</c>.</summary>
    public const string AllowAnonymous = "Hub.Authorization.AllowAnonymous";
}
