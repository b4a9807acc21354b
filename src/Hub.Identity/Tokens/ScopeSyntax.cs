namespace Hub.Identity.Tokens;

/// <summary>The scope parameter's grammar (RFC 6749 §3.3): space-delimited tokens of %x21 / %x23-5B / %x5D-7E.</summary>
public static class ScopeSyntax
{
    public static bool TryParse(string value, out IReadOnlyList<string> scopes)
    {
        var tokens = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        scopes = tokens.Distinct(StringComparer.Ordinal).ToList();
        return tokens.Length > 0 && tokens.All(IsScopeToken);
    }

    public static bool IsScopeToken(string token) =>
        token.Length > 0 && token.All(c => c == '!' || c is >= '#' and <= '[' || c is >= ']' and <= '~');
}
