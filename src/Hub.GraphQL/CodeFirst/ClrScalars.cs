using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Scalars;

namespace Hub.GraphQL.CodeFirst;

/// <summary>The scalar each CLR type maps to, with HotChocolate's names (<c>long</c> is <c>Long</c>, <c>Guid</c> is <c>UUID</c>).</summary>
internal sealed class ClrScalars
{
    private static readonly Dictionary<Type, string> Names = new()
    {
        [typeof(string)] = "String",
        [typeof(bool)] = "Boolean",
        [typeof(int)] = "Int",
        [typeof(short)] = "Short",
        [typeof(ushort)] = "Int",
        [typeof(byte)] = "Byte",
        [typeof(sbyte)] = "Int",
        [typeof(long)] = "Long",
        [typeof(uint)] = "Long",
        [typeof(ulong)] = "Long",
        [typeof(float)] = "Float",
        [typeof(double)] = "Float",
        [typeof(decimal)] = "Decimal",
        [typeof(Guid)] = "UUID",
        [typeof(DateTime)] = "DateTime",
        [typeof(DateTimeOffset)] = "DateTime",
        [typeof(DateOnly)] = "Date",
        [typeof(TimeOnly)] = "LocalTime",
        [typeof(TimeSpan)] = "TimeSpan",
        [typeof(Uri)] = "URL",
        [typeof(byte[])] = "ByteArray",
        [typeof(System.Text.Json.JsonElement)] = "JSON",
    };

    // HotChocolate's scalars the engine implements; other names get a pass-through scalar when first used.
    private readonly Dictionary<string, ScalarType> _created = HotChocolateScalars.Create().ToDictionary(s => s.Name, StringComparer.Ordinal);

    public static bool IsScalar(Type type) => Names.ContainsKey(type);

    /// <summary>The scalar for a CLR type, or null when the type is not a scalar.</summary>
    public ScalarType? For(Type type) => Names.TryGetValue(type, out var name) ? Named(name) : null;

    /// <summary>
    /// The scalar with this name: a specified scalar, else HotChocolate's implementation, else one created once per
    /// schema that passes values through unchanged.
    /// </summary>
    public ScalarType Named(string name)
    {
        if (BuiltInScalars.Get(name) is { } builtIn)
        {
            return builtIn;
        }

        if (!_created.TryGetValue(name, out var scalar))
        {
            scalar = new PassThroughScalarType(name);
            _created[name] = scalar;
        }

        return scalar;
    }

    /// <summary>An instance of a <see cref="ScalarType"/> subclass named by <c>[GraphQLType(typeof(...))]</c>.</summary>
    public ScalarType FromScalarClass(Type scalarClass)
    {
        var builtIn = BuiltInScalars.All.FirstOrDefault(s => s.GetType() == scalarClass);
        if (builtIn is not null)
        {
            return builtIn;
        }

        var created = _created.Values.FirstOrDefault(s => s.GetType() == scalarClass);
        if (created is null)
        {
            created = (ScalarType)Activator.CreateInstance(scalarClass)!;
            _created[created.Name] = created;
        }

        return created;
    }
}
