namespace Hub.GraphQL.Types;

/// <summary>What object and interface types share: fields and implemented interfaces.</summary>
public abstract class ComplexOutputType : NamedType
{
    private readonly Lazy<IReadOnlyDictionary<string, OutputField>> _fields;
    private readonly Lazy<IReadOnlyList<InterfaceType>> _interfaces;

    /// <param name="name">The type name.</param>
    /// <param name="fields">Produces the fields on first use, so types may reference each other.</param>
    /// <param name="interfaces">Produces the implemented interfaces on first use.</param>
    protected ComplexOutputType(string name, Func<IEnumerable<OutputField>> fields, Func<IEnumerable<InterfaceType>>? interfaces)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new Lazy<IReadOnlyDictionary<string, OutputField>>(() => CollectFields(fields()));
        _interfaces = new Lazy<IReadOnlyList<InterfaceType>>(() => interfaces is null ? [] : interfaces().ToArray());
    }

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyDictionary<string, OutputField> Fields => _fields.Value;

    /// <summary>The interfaces this type implements, in definition order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Value;

    /// <summary>Every interface the SDL named, including types that are not interfaces (reported by validation).</summary>
    internal IReadOnlyList<NamedType>? DeclaredInterfaces { get; set; }

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public OutputField? GetField(string name) => Fields.TryGetValue(name, out var field) ? field : null;

    private OrderedDictionary<string, OutputField> CollectFields(IEnumerable<OutputField> fields)
    {
        // A repeated name keeps its first position and its last definition, like a JavaScript object.
        var map = new OrderedDictionary<string, OutputField>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            field.DeclaringType = this;
            map[field.Name] = field;
        }

        return map;
    }
}
