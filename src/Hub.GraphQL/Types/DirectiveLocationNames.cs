using System.Collections.Frozen;

namespace Hub.GraphQL.Types;

/// <summary>Converts <see cref="DirectiveLocation"/> to and from its GraphQL spelling (<c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    private static readonly FrozenDictionary<string, DirectiveLocation> ByName =
        Names.Select((name, index) => KeyValuePair.Create(name, (DirectiveLocation)index)).ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The GraphQL spelling of a location.</summary>
    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Parses a GraphQL location name; false when it is not one.</summary>
    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);
}
