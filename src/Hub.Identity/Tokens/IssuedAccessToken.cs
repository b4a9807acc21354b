namespace Hub.Identity.Tokens;

/// <summary>A freshly signed access token and what the token response says about it.</summary>
public sealed record IssuedAccessToken(string AccessToken, string TokenId, int ExpiresIn, string Scope);
