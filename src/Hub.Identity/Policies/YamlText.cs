using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.Identity.Policies;

/// <summary>Scalars and flow lists as the policy files write them: plain where YAML reads them back as the same text, else double-quoted.</summary>
internal static partial class YamlText
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~" };

    /// <summary>The scalar <paramref name="text"/>; a JSON string is a valid YAML double-quoted scalar.</summary>
    public static string Scalar(string text) =>
        PlainSafe().IsMatch(text) && !Reserved.Contains(text) ? text : JsonSerializer.Serialize(text, Quoting);

    /// <summary>Always quoted, for codes YAML would otherwise read as numbers.</summary>
    public static string Quoted(string text) => JsonSerializer.Serialize(text, Quoting);

    /// <summary>A flow sequence, <c>[a, b]</c>.</summary>
    public static string List(IEnumerable<string> items) => $"[{string.Join(", ", items.Select(Scalar))}]";

    // Letters first, then letters, digits, '_', '.', '-', and ':' only between them (hub:admin, clues.read).
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]*(:[A-Za-z0-9_.-]+)*$")]
    private static partial Regex PlainSafe();
}
