using System.Text.Json;
using System.Text.Unicode;

namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>
/// Turns JSON into the plain values the engine coerces: string, bool, int, long, double, null,
/// <see cref="Dictionary{TKey,TValue}"/> for objects (keys in document order) and <see cref="List{T}"/> for arrays.
/// </summary>
internal static class JsonValueReader
{
    /// <summary>Reads the value at the reader's current token, leaving the reader on its last token.</summary>
    public static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = GetString(ref reader);
                    reader.Read();
                    map[name] = ReadValue(ref reader);
                }

                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader));
                }

                return list;
            case JsonTokenType.String:
                return GetString(ref reader);
            case JsonTokenType.Number:
                if (reader.TryGetInt32(out var int32))
                {
                    return int32;
                }

                return reader.TryGetInt64(out var int64) ? int64 : reader.GetDouble();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>
    /// The string or property name at the reader's token. Text that is not valid UTF-8, or an unpaired surrogate
    /// escape such as <c>\ud800</c>, is bad JSON from the client (System.Text.Json reports it as a misuse).
    /// </summary>
    public static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonException(
                $"The string at byte {reader.TokenStartIndex} is not valid UTF-8 or holds an unpaired surrogate escape.");
        }
    }

    /// <summary>
    /// Whether every string of a well-formed JSON text can be read: the bytes are UTF-8 and no escape leaves a
    /// surrogate unpaired. Only escaped strings are decoded, so a clean message costs one validation pass.
    /// </summary>
    public static bool HasReadableStrings(ReadOnlySpan<byte> json)
    {
        if (!Utf8.IsValid(json))
        {
            return false;
        }

        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                if (reader.ValueIsEscaped && reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    GetString(ref reader);
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return true;
    }

    /// <summary>Parses a whole JSON text (a query-string parameter) into a value.</summary>
    public static object? Parse(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        var value = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("Unexpected data after the JSON value.");
        }

        return value;
    }
}
