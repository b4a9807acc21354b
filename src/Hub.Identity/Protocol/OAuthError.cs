namespace Hub.Identity.Protocol;

/// <summary>An OAuth 2.0 error response (RFC 6749 §5.2, RFC 7009, RFC 7662, RFC 8707) with its HTTP status.</summary>
public sealed record OAuthError(string Error, string Description, int StatusCode = StatusCodes.Status400BadRequest)
{
    /// <summary>The <c>WWW-Authenticate</c> challenge to send, when the client authenticated with a header scheme.</summary>
    public string? Challenge { get; init; }

    public static OAuthError InvalidRequest(string description) => new(OAuthErrorCodes.InvalidRequest, description);

    public static OAuthError InvalidClient(string description, bool usedBasic) =>
        new(OAuthErrorCodes.InvalidClient, description, StatusCodes.Status401Unauthorized)
        {
            Challenge = usedBasic ? $"Basic realm=\"{OAuthErrorCodes.Realm}\", charset=\"UTF-8\"" : null,
        };

    public static OAuthError InvalidScope(string description) => new(OAuthErrorCodes.InvalidScope, description);

    public static OAuthError InvalidTarget(string description) => new(OAuthErrorCodes.InvalidTarget, description);

    public static OAuthError UnauthorizedClient(string description) => new(OAuthErrorCodes.UnauthorizedClient, description);

    /// <summary>503: the identity store cannot be reached; the client retries after <c>Retry-After</c>.</summary>
    public static OAuthError TemporarilyUnavailable(string description) =>
        new(OAuthErrorCodes.TemporarilyUnavailable, description, StatusCodes.Status503ServiceUnavailable);

    public static OAuthError UnsupportedGrantType(string description) => new(OAuthErrorCodes.UnsupportedGrantType, description);
}
