using System.Security.Claims;

namespace Hub.Identity.Validation;

/// <summary>A validated access token: its jti, the end of its lifetime (expiry plus the tolerated clock skew) and its claims.</summary>
public sealed record ValidatedToken(string TokenId, DateTimeOffset ValidUntil, IReadOnlyList<Claim> Claims);
