namespace Hub.Identity.Protocol;

/// <summary>
/// Keeps an <c>error_description</c> within RFC 6749 §5.2's characters (%x20-21 / %x23-5B / %x5D-7E: printable ASCII
/// without <c>"</c> and <c>\</c>). Descriptions quote what the request carried (a resource, a parameter name), so they
/// may hold anything the caller sent; each character outside the set becomes <c>?</c>.
/// </summary>
public static class ErrorDescriptionText
{
    /// <summary>What stands in for a character outside the set.</summary>
    public const char Replacement = '?';

    /// <summary><paramref name="description"/> with every character outside the set replaced by <see cref="Replacement"/>.</summary>
    public static string ToAllowedCharacters(string description) =>
        description.All(IsAllowed) ? description : string.Concat(description.Select(c => IsAllowed(c) ? c : Replacement));

    /// <summary>Whether RFC 6749 §5.2 allows <paramref name="c"/> in an <c>error_description</c>.</summary>
    public static bool IsAllowed(char c) => c is >= ' ' and <= '~' && c != '"' && c != '\\';
}
