using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Types;

/// <summary>What <see cref="SchemaBuilder"/> attaches to SDL types: resolvers, type resolution and scalar implementations.</summary>
internal sealed class SchemaBindings
{
    public Dictionary<(string Type, string Field), FieldResolverDelegate> Resolvers { get; } = [];

    public Dictionary<(string Type, string Field), PureFieldResolverDelegate> PureResolvers { get; } = [];

    public Dictionary<(string Type, string Field), SubscribeResolverDelegate> Subscribers { get; } = [];

    /// <summary>Each field's middleware, innermost first.</summary>
    public Dictionary<(string Type, string Field), List<FieldMiddleware>> Middleware { get; } = [];

    public Dictionary<string, IsTypeOfDelegate> IsTypeOf { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ResolveTypeDelegate> ResolveType { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Type> RuntimeTypes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ScalarType> Scalars { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Type> EnumRuntimeTypes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, IReadOnlyDictionary<string, object>> EnumRuntimeValues { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="middleware"/> around what the field already has.</summary>
    public void Use(string typeName, string fieldName, FieldMiddleware middleware)
    {
        if (!Middleware.TryGetValue((typeName, fieldName), out var list))
        {
            list = [];
            Middleware[(typeName, fieldName)] = list;
        }

        list.Add(middleware);
    }

    /// <summary>The field bindings that name a field the schema does not have.</summary>
    public IEnumerable<(string Type, string Field)> UnknownFields(Schema schema) =>
        Resolvers.Keys.Concat(PureResolvers.Keys).Concat(Subscribers.Keys).Concat(Middleware.Keys)
            .Where(key => (schema.GetType(key.Type) as ComplexOutputType)?.GetField(key.Field) is null)
            .Distinct();
}
