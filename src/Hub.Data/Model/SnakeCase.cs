using System.Text;

namespace Hub.Data.Model;

/// <summary>Turns C# property names into the snake_case column names of DOMAIN.md (<c>PersonIdNumber</c> → <c>person_id_number</c>).</summary>
public static class SnakeCase
{
    /// <summary>Converts a PascalCase name.</summary>
    public static string Convert(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
