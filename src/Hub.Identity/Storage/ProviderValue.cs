using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Identity.Storage;

/// <summary>A property's value as its column stores it, for statements written by hand (on SQLite an instant is UTC ticks).</summary>
internal static class ProviderValue
{
    public static object Of(IProperty property, object value) =>
        property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value)! : value;
}
