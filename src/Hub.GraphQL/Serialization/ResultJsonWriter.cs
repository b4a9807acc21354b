using System.Buffers;
using System.Collections;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Execution.Processing;

namespace Hub.GraphQL.Serialization;

/// <summary>
/// Writes results as graphql-js's <c>JSON.stringify(result)</c> would: keys <c>errors, data, extensions</c>; error keys
/// <c>message, locations, path, extensions</c>; JavaScript number formatting and string escaping. Response keys are
/// written from the compiled operation's pre-encoded UTF-8 names.
/// </summary>
public static class ResultJsonWriter
{
    public static void Write(ExecutionResult result, IBufferWriter<byte> output)
    {
        var writer = new JsonByteWriter(output);
        var first = true;
        writer.WriteByte((byte)'{');
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WriteRaw("\"errors\":["u8);
            for (var i = 0; i < errors.Count; i++)
            {
                if (i > 0)
                {
                    writer.WriteByte((byte)',');
                }

                WriteError(ref writer, errors[i]);
            }

            writer.WriteByte((byte)']');
            first = false;
        }

        if (result.HasData)
        {
            writer.WriteRaw(first ? "\"data\":"u8 : ",\"data\":"u8);
            WriteValue(ref writer, result.Data);
            first = false;
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WriteRaw(first ? "\"extensions\":"u8 : ",\"extensions\":"u8);
            WriteValue(ref writer, extensions);
        }

        writer.WriteByte((byte)'}');
        writer.Flush();
    }

    /// <summary>The result as a UTF-8 JSON byte array.</summary>
    public static byte[] ToUtf8Bytes(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Write(result, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The result as a JSON string.</summary>
    public static string ToJson(ExecutionResult result) => System.Text.Encoding.UTF8.GetString(ToUtf8Bytes(result));

    /// <summary>Writes one error as graphql-js's <c>GraphQLError.toJSON</c> does.</summary>
    public static void WriteError(GraphQLError error, IBufferWriter<byte> output)
    {
        var writer = new JsonByteWriter(output);
        WriteError(ref writer, error);
        writer.Flush();
    }

    private static void WriteError(ref JsonByteWriter writer, GraphQLError error)
    {
        writer.WriteRaw("{\"message\":"u8);
        writer.WriteString(error.Message);
        if (error.Locations is { } locations)
        {
            writer.WriteRaw(",\"locations\":["u8);
            for (var i = 0; i < locations.Count; i++)
            {
                writer.WriteRaw(i == 0 ? "{\"line\":"u8 : ",{\"line\":"u8);
                writer.WriteInteger(locations[i].Line);
                writer.WriteRaw(",\"column\":"u8);
                writer.WriteInteger(locations[i].Column);
                writer.WriteByte((byte)'}');
            }

            writer.WriteByte((byte)']');
        }

        if (error.Path is { } path)
        {
            writer.WriteRaw(",\"path\":"u8);
            WriteValue(ref writer, path);
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WriteRaw(",\"extensions\":"u8);
            WriteValue(ref writer, extensions);
        }

        writer.WriteByte((byte)'}');
    }

    private static void WriteValue(ref JsonByteWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull();
                break;
            case string text:
                writer.WriteString(text);
                break;
            case ResultMap map:
                WriteMap(ref writer, map);
                break;
            case ResultList list:
                WriteArray(ref writer, list);
                break;
            case bool flag:
                writer.WriteBoolean(flag);
                break;
            case int number:
                writer.WriteInteger(number);
                break;
            case long number:
                writer.WriteInteger(number);
                break;
            case double number:
                writer.WriteDouble(number);
                break;
            case float number:
                writer.WriteDouble(number);
                break;
            case decimal number:
                writer.WriteDecimal(number);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteInteger(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteUnsigned(number);
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                WriteObject(ref writer, dictionary);
                break;
            case IDictionary<string, object?> dictionary:
                WriteObject(ref writer, dictionary);
                break;
            case IEnumerable items:
                WriteArray(ref writer, items);
                break;
            default:
                writer.WriteString(value.ToString() ?? string.Empty);
                break;
        }
    }

    private static void WriteMap(ref JsonByteWriter writer, ResultMap map)
    {
        writer.WriteByte((byte)'{');
        var selections = map.SelectionSet.Selections;
        var values = map.Values;
        for (var i = 0; i < selections.Length; i++)
        {
            if (i > 0)
            {
                writer.WriteByte((byte)',');
            }

            writer.WriteRaw(selections[i].Utf8Name);
            WriteValue(ref writer, values[i]);
        }

        writer.WriteByte((byte)'}');
    }

    private static void WriteArray(ref JsonByteWriter writer, ResultList list)
    {
        writer.WriteByte((byte)'[');
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteByte((byte)',');
            }

            WriteValue(ref writer, list[i]);
        }

        writer.WriteByte((byte)']');
    }

    private static void WriteArray(ref JsonByteWriter writer, IEnumerable items)
    {
        writer.WriteByte((byte)'[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                writer.WriteByte((byte)',');
            }

            WriteValue(ref writer, item);
            first = false;
        }

        writer.WriteByte((byte)']');
    }

    private static void WriteObject(ref JsonByteWriter writer, IEnumerable<KeyValuePair<string, object?>> entries)
    {
        writer.WriteByte((byte)'{');
        var first = true;
        foreach (var (key, item) in entries)
        {
            if (!first)
            {
                writer.WriteByte((byte)',');
            }

            writer.WriteString(key);
            writer.WriteByte((byte)':');
            WriteValue(ref writer, item);
            first = false;
        }

        writer.WriteByte((byte)'}');
    }
}
