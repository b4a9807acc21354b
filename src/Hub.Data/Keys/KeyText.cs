using System.Text;

namespace Hub.Data.Keys;

/// <summary>The normalisation both national keys share: spaces removed, full-width characters folded, upper case.</summary>
internal static class KeyText
{
    private static readonly System.Buffers.SearchValues<char> s_canonical =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Returns the normalised text; <paramref name="changed"/> tells whether anything differs from the input.</summary>
    public static string Normalize(string raw, out bool changed)
    {
        if (raw.AsSpan().IndexOfAnyExcept(s_canonical) < 0)
        {
            changed = false;
            return raw;
        }

        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                continue;
            }

            // Full-width ASCII (U+FF01..U+FF5E) maps to ASCII by a fixed offset.
            var folded = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            builder.Append(char.ToUpperInvariant(folded));
        }

        var result = builder.ToString();
        changed = !string.Equals(result, raw, StringComparison.Ordinal);
        return result;
    }
}
