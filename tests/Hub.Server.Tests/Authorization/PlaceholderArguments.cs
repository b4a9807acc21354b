using Hub.GraphQL.Types;

namespace Hub.Server.Tests.Authorization;

/// <summary>
/// Minimal valid arguments for a field: each required argument gets a placeholder of its type. Only authorization
/// matters to the matrix, so an allowed field answering null or a domain error for them is fine.
/// </summary>
internal static class PlaceholderArguments
{
    private static readonly Dictionary<string, string> ScalarLiterals = new(StringComparer.Ordinal)
    {
        ["Int"] = "1",
        ["Float"] = "1.5",
        ["Boolean"] = "false",
        ["Long"] = "1",
        ["Decimal"] = "1",
        ["Date"] = "\"2026-01-01\"",
        ["DateTime"] = "\"2026-01-01T00:00:00Z\"",
        ["UUID"] = "\"00000000-0000-0000-0000-000000000001\"",
        ["JSON"] = "{}",
    };

    /// <summary>The argument list for <paramref name="field"/>; <paramref name="knownKeys"/> give string values by argument name.</summary>
    public static string For(OutputField field, IReadOnlyDictionary<string, string> knownKeys)
    {
        var required = field.Arguments.Values.Where(a => a.Type is NonNullType && !a.HasDefaultValue).ToList();
        return required.Count == 0 ? string.Empty : "(" + string.Join(", ", required.Select(a =>
            $"{a.Name}: {(knownKeys.TryGetValue(a.Name, out var key) ? System.Text.Json.JsonSerializer.Serialize(key) : Literal(a.Type))}")) + ")";
    }

    private static string Literal(IGraphQLType type) => type switch
    {
        NonNullType nonNull => Literal(nonNull.OfType),
        ListType => "[]",
        EnumType enumType => enumType.Values.Keys.First(),
        InputObjectType input => "{ " + string.Join(", ", input.Fields.Values
            .Where(f => f.Type is NonNullType && !f.HasDefaultValue)
            .Select(f => $"{f.Name}: {Literal(f.Type)}")) + " }",
        NamedType named => ScalarLiterals.GetValueOrDefault(named.Name, "\"placeholder\""),
        _ => "null",
    };
}
