using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Data.Model;
using Hub.GraphQL.Types;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// The shared code lists (<see cref="CodeLists"/>) as GraphQL enums, written from the lists themselves so that the
/// served values and their Chinese descriptions cannot drift from what the import accepts. Each value's runtime value is
/// the stored code, so rows serialize to the code's name and a filter's enum value compares with the stored column.
/// </summary>
public static class CodeListEnums
{
    /// <summary>Declares the enums and binds each value to its stored code.</summary>
    public static SchemaBuilder AddCodeListEnums(this SchemaBuilder builder)
    {
        builder.AddSdl(Sdl());
        foreach (var list in CodeLists.All)
        {
            builder.BindEnumValues(list.Name, list.Codes.ToDictionary(code => code.Name, code => (object)code.Value, StringComparer.Ordinal));
        }

        return builder;
    }

    // The SDL declaring one enum per code list.
    private static string Sdl()
    {
        var sdl = new StringBuilder();
        foreach (var list in CodeLists.All)
        {
            sdl.Append(Quoted(list.Description)).Append("\nenum ").Append(list.Name).Append(" {\n");
            foreach (var code in list.Codes)
            {
                sdl.Append("  ").Append(Quoted(code.Description)).Append("\n  ").Append(code.Name).Append('\n');
            }

            sdl.Append("}\n\n");
        }

        return sdl.ToString();
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A JSON string is a valid GraphQL string literal for the characters descriptions use.
    private static string Quoted(string text) => JsonSerializer.Serialize(text, Unescaped);
}
