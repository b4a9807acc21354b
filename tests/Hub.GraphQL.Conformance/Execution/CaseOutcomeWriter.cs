using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hub.GraphQL.Conformance.Execution;

/// <summary>Writes a <see cref="CaseOutcome"/> as one NDJSON line, the shape graphql-js's oracle prints.</summary>
public static class CaseOutcomeWriter
{
    // JSON.stringify escapes only quotes, backslashes and control characters; the relaxed encoder comes closest.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteLine(CaseOutcome outcome, Stream output)
    {
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("name", outcome.Name);
            writer.WritePropertyName("result");
            writer.WriteRawValue(outcome.ResultJson, skipInputValidation: true);
            writer.WriteStartArray("validation");
            foreach (var entry in outcome.Validation)
            {
                WriteEntry(writer, entry);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteEntry(Utf8JsonWriter writer, ValidationEntry entry)
    {
        writer.WriteStartObject();
        if (entry.Rule is null)
        {
            writer.WriteNull("rule");
        }
        else
        {
            writer.WriteString("rule", entry.Rule);
        }

        writer.WriteString("message", entry.Message);
        writer.WriteStartArray("locations");
        foreach (var location in entry.Locations)
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", location.Line);
            writer.WriteNumber("column", location.Column);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
