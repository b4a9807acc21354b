using System.Text.Json;

namespace Hub.GraphQL.Types.Resolvers;

/// <summary>
/// graphql-js <c>defaultTypeResolver</c>: a <c>__typename</c> string on the value, else the first possible type whose
/// <c>IsTypeOf</c> accepts it, else the first whose CLR runtime type the value is an instance of.
/// </summary>
public static class DefaultTypeResolver
{
    /// <summary>The name of the object type of <paramref name="value"/>, or null when it cannot be told.</summary>
    public static string? Resolve(object value, IResolverContext context, NamedType abstractType)
    {
        var typeName = value switch
        {
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
            IDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? name as string : null,
            JsonElement { ValueKind: JsonValueKind.Object } element
                when element.TryGetProperty("__typename", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
            _ => null,
        };
        if (typeName is not null)
        {
            return typeName;
        }

        var possibleTypes = context.Schema.GetPossibleTypes(abstractType);
        foreach (var type in possibleTypes)
        {
            if (type.IsTypeOf is { } isTypeOf && isTypeOf(value, context))
            {
                return type.Name;
            }
        }

        return possibleTypes.FirstOrDefault(type => type.RuntimeType?.IsInstanceOfType(value) == true)?.Name;
    }
}
