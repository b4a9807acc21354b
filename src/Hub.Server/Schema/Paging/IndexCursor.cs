using System.Globalization;
using System.Text;

namespace Hub.Server.Schema.Paging;

/// <summary>HotChocolate's default cursor: the base64 of the item's zero-based index as text (<c>Mg==</c> is 2).</summary>
public static class IndexCursor
{
    public static string Format(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The index a cursor stands for, or null when it is not a cursor this format produces.</summary>
    public static int? Parse(string cursor)
    {
        var bytes = new byte[cursor.Length];
        return Convert.TryFromBase64String(cursor, bytes, out var length)
            && int.TryParse(Encoding.UTF8.GetString(bytes, 0, length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? index
                : null;
    }
}
