using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Identity.Storage;

/// <summary>A list of strings stored as one JSON array column (a client's permissions, redirect URIs).</summary>
public static class JsonStringList
{
    public static ValueConverter<List<string>, string> Converter { get; } = new(
        list => JsonSerializer.Serialize(list, JsonSerializerOptions.Default),
        json => JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Default) ?? new List<string>());

    public static ValueComparer<List<string>> Comparer { get; } = new(
        (left, right) => left!.SequenceEqual(right!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        list => list.ToList());
}
