using System.Globalization;
using System.Text;

namespace Hub.GraphQL.Data.Paging;

/// <summary>HotChocolate's cursor for offset-backed connections: base64 of the zero-based index as text (<c>"Mg=="</c> = 2).</summary>
public static class IndexCursor
{
    /// <summary>The cursor of the item at <paramref name="index"/>.</summary>
    public static string Format(int index) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Reads a cursor; false when it is not base64 of a non-negative integer.</summary>
    public static bool TryParse(string cursor, out int index)
    {
        index = 0;
        var bytes = new byte[cursor.Length];
        return Convert.TryFromBase64String(cursor, bytes, out var length)
            && int.TryParse(Encoding.UTF8.GetString(bytes, 0, length), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
