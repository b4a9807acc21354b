using System.Text;
using System.Text.Json;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// Builds, from the introspection of the served schema, one query per root field that selects every field of every
/// type reachable from it. A type's object fields are expanded the first time the type is met (later it gets only its
/// leaves), which keeps the queries linear in the schema's size while every field is still selected somewhere.
/// </summary>
internal sealed class ServedSchemaSelection
{
    /// <summary>The introspection query this class reads.</summary>
    public const string IntrospectionQuery = """
        { __schema { queryType { name } types { kind name possibleTypes { name }
            fields { name args { name type { ...Ref } } type { ...Ref } } } } }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private readonly Dictionary<string, JsonElement> _types;
    private readonly HashSet<string> _expanded = [];

    public ServedSchemaSelection(JsonElement schema)
    {
        _types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        QueryType = schema.GetProperty("queryType").GetProperty("name").GetString()!;
    }

    public string QueryType { get; }

    /// <summary>Every "Type.field" selected so far.</summary>
    public HashSet<string> Selected { get; } = [];

    /// <summary>Every "Type.field" of the object types reachable from the query type.</summary>
    public IReadOnlySet<string> Reachable()
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([QueryType]);
        var fields = new HashSet<string>();
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name) || name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var possible in Possible(name))
            {
                pending.Push(possible);
            }

            foreach (var field in Fields(name))
            {
                fields.Add($"{name}.{field.GetProperty("name").GetString()}");
                pending.Push(NamedType(field.GetProperty("type")));
            }
        }

        return fields;
    }

    /// <summary>The root fields of the query type.</summary>
    public IEnumerable<JsonElement> RootFields() => Fields(QueryType);

    /// <summary>
    /// <c>field(args) { … }</c> for a field of <paramref name="parent"/>; <paramref name="argument"/> gives a value
    /// literal for an argument by name (null leaves an optional argument out).
    /// </summary>
    public string Field(string parent, JsonElement field, Func<string, bool, string?> argument)
    {
        var name = field.GetProperty("name").GetString()!;
        Selected.Add($"{parent}.{name}");
        var text = new StringBuilder(name);
        var arguments = field.GetProperty("args").EnumerateArray()
            .Select(a => (Name: a.GetProperty("name").GetString()!, Value: argument(a.GetProperty("name").GetString()!, a.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL")))
            .Where(a => a.Value is not null)
            .Select(a => $"{a.Name}: {a.Value}")
            .ToList();
        if (arguments.Count > 0)
        {
            text.Append('(').AppendJoin(", ", arguments).Append(')');
        }

        var type = NamedType(field.GetProperty("type"));
        if (_types[type].GetProperty("kind").GetString() is "OBJECT" or "INTERFACE" or "UNION")
        {
            text.Append(" { ").Append(Selection(type, argument)).Append(" }");
        }

        return text.ToString();
    }

    // Inside a union's or interface's fragments, fields are aliased by their type: members may declare a field of the
    // same name with another type (String and String!), which one selection set may not merge.
    private string Selection(string type, Func<string, bool, string?> argument, bool aliased = false)
    {
        var expand = _expanded.Add(type);
        var parts = new List<string> { "__typename" };
        foreach (var possible in Possible(type))
        {
            parts.Add($"... on {possible} {{ {Selection(possible, argument, aliased: true)} }}");
        }

        foreach (var field in Fields(type))
        {
            var isLeaf = _types[NamedType(field.GetProperty("type"))].GetProperty("kind").GetString() is "SCALAR" or "ENUM";
            if (isLeaf || expand)
            {
                parts.Add((aliased ? $"{type}_{field.GetProperty("name").GetString()}: " : "") + Field(type, field, argument));
            }
        }

        return string.Join(' ', parts);
    }

    private IEnumerable<JsonElement> Fields(string type) =>
        _types[type].GetProperty("fields") is { ValueKind: JsonValueKind.Array } fields ? fields.EnumerateArray() : [];

    private IEnumerable<string> Possible(string type) =>
        _types[type].GetProperty("possibleTypes") is { ValueKind: JsonValueKind.Array } possible
            ? possible.EnumerateArray().Select(p => p.GetProperty("name").GetString()!)
            : [];

    private static string NamedType(JsonElement type) =>
        type.GetProperty("ofType") is { ValueKind: JsonValueKind.Object } inner ? NamedType(inner) : type.GetProperty("name").GetString()!;
}
