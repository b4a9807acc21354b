using System.Text.Json;

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
                    var name = reader.GetString()!;
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
                return reader.GetString();
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
