namespace Hub.GraphQL.Authorization;

/// <summary>The outcome of one authorization check (HotChocolate's <c>AuthorizeResult</c>).</summary>
public enum AuthorizeResult
{
    /// <summary>The caller may access the field.</summary>
    Allowed,

    /// <summary>The caller is anonymous and the rule needs an authenticated caller (<c>AUTH_NOT_AUTHENTICATED</c>).</summary>
    NotAuthenticated,

    /// <summary>The caller is authenticated but the rule failed (<c>AUTH_NOT_AUTHORIZED</c>).</summary>
    NotAllowed,

    /// <summary>The rule names a policy the host does not know (<c>AUTH_POLICY_NOT_FOUND</c>).</summary>
    PolicyNotFound,

    /// <summary>The rule has no policy and the host has no default policy (<c>AUTH_NO_DEFAULT_POLICY</c>).</summary>
    NoDefaultPolicy,
}
