namespace Hub.GraphQL.Types;

/// <summary>An input object type (graphql-js <c>GraphQLInputObjectType</c>).</summary>
public sealed class InputObjectType : NamedType
{
    private readonly Lazy<IReadOnlyDictionary<string, InputField>> _fields;

    /// <param name="name">The type name.</param>
    /// <param name="fields">Produces the fields on first use, so types may reference each other.</param>
    public InputObjectType(string name, Func<IEnumerable<InputField>> fields)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new Lazy<IReadOnlyDictionary<string, InputField>>(() => CollectFields(fields()));
    }

    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyDictionary<string, InputField> Fields => _fields.Value;

    /// <summary>True for a <c>@oneOf</c> input object: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; init; }

    private OrderedDictionary<string, InputField> CollectFields(IEnumerable<InputField> fields)
    {
        var map = new OrderedDictionary<string, InputField>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            field.DeclaringType = this;
            map[field.Name] = field;
        }

        return map;
    }
}
