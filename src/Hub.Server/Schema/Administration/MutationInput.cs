using Hub.GraphQL.Types.Resolvers;

namespace Hub.Server.Schema.Administration;

/// <summary>The coerced <c>input</c> argument of a mutation, read by field name (absent fields read as null).</summary>
internal sealed class MutationInput(IReadOnlyDictionary<string, object?> fields)
{
    public static MutationInput From(IResolverContext context) =>
        new(context.ArgumentValue<IReadOnlyDictionary<string, object?>>("input"));

    /// <summary>A non-null input field (the schema guarantees it).</summary>
    public string String(string name) => (string)fields[name]!;

    public string? OptionalString(string name) => fields.GetValueOrDefault(name) as string;

    /// <summary>A non-null input field (the schema guarantees it, or its default).</summary>
    public int Int(string name) => (int)fields[name]!;

    public int? OptionalInt(string name) => fields.GetValueOrDefault(name) as int?;

    public DateTimeOffset? OptionalDateTime(string name) => fields.GetValueOrDefault(name) as DateTimeOffset?;

    public IReadOnlyList<string> Strings(string name) => ((IEnumerable<object?>)fields[name]!).Cast<string>().ToList();
}
