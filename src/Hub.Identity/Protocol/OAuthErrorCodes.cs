namespace Hub.Identity.Protocol;

/// <summary>The error codes of RFC 6749 §5.2 and the extensions the hub uses.</summary>
public static class OAuthErrorCodes
{
    /// <summary>The realm named in the hub's challenges.</summary>
    public const string Realm = "hub";

    public const string InvalidRequest = "invalid_request";
    public const string InvalidClient = "invalid_client";
    public const string InvalidGrant = "invalid_grant";
    public const string UnauthorizedClient = "unauthorized_client";
    public const string UnsupportedGrantType = "unsupported_grant_type";
    public const string InvalidScope = "invalid_scope";

    /// <summary>RFC 8707 §2: the requested resource is invalid, unknown or not allowed.</summary>
    public const string InvalidTarget = "invalid_target";

    /// <summary>RFC 6749 §4.1.2.1: the server cannot handle the request now (here: its database is unreachable).</summary>
    public const string TemporarilyUnavailable = "temporarily_unavailable";

    /// <summary>RFC 6750 §3.1: the access token is expired, revoked, malformed or otherwise invalid.</summary>
    public const string InvalidToken = "invalid_token";

    /// <summary>RFC 6750 §3.1: the request needs more scope than the access token carries.</summary>
    public const string InsufficientScope = "insufficient_scope";
}
