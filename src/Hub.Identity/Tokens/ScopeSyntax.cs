namespace Hub.Identity.Tokens;

/// <summary>The scope token grammar (RFC 6749 §3.3): %x21 / %x23-5B / %x5D-7E, which every catalogued scope name keeps to.</summary>
public static class ScopeSyntax
{
    public static bool IsScopeToken(string token) =>
        token.Length > 0 && token.All(c => c == '!' || c is >= '#' and <= '[' || c is >= ']' and <= '~');
}
