using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Hub.GraphQL.CodeFirst;

/// <summary>
/// How a CLR class receives an input object: its input properties (settable, or set through a record's constructor)
/// and a compiled factory that builds an instance from the coerced field values.
/// </summary>
internal sealed class InputObjectShape
{
    private static readonly ConcurrentDictionary<Type, InputObjectShape> Shapes = new();

    private readonly Func<object?[], object> _construct;
    private readonly (string FieldName, Func<object?, object?> Convert, bool HasDefault, object? Default)[] _constructorFields;
    private readonly (string FieldName, Func<object?, object?> Convert, Action<object, object?> Set)[] _settableFields;

    private InputObjectShape(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract" && !p.IsDefined(typeof(GraphQLIgnoreAttribute), true))
            .ToList();
        var constructor = type.GetConstructors()
            .Where(c => c.GetParameters().All(p => properties.Any(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"The input type {type} needs a public constructor without parameters or one whose parameters match its properties.");
        var parameters = constructor.GetParameters();
        var viaConstructor = properties.Where(p => parameters.Any(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase))).ToList();
        var settable = properties.Where(p => p.SetMethod is { IsPublic: true } && !viaConstructor.Contains(p)).ToList();
        Properties = properties.Where(p => viaConstructor.Contains(p) || settable.Contains(p)).ToList();

        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var create = Expression.New(
            constructor,
            parameters.Select((p, i) => Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType)));
        _construct = Expression.Lambda<Func<object?[], object>>(Expression.Convert(create, typeof(object)), arguments).Compile();
        _constructorFields = parameters
            .Select(p => viaConstructor.First(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .Zip(parameters, (property, parameter) => (
                GraphQLNaming.FieldName(property),
                ClrValueConverter.For(parameter.ParameterType),
                parameter.HasDefaultValue,
                parameter.HasDefaultValue ? parameter.DefaultValue : null))
            .ToArray();
        _settableFields = settable.Select(p => (GraphQLNaming.FieldName(p), ClrValueConverter.For(p.PropertyType), Setter(p))).ToArray();
    }

    /// <summary>The properties that are input fields, in declaration order.</summary>
    public IReadOnlyList<PropertyInfo> Properties { get; }

    public static InputObjectShape Of(Type type) => Shapes.GetOrAdd(type, t => new InputObjectShape(t));

    /// <summary>Builds an instance from coerced field values keyed by GraphQL field name.</summary>
    public object Create(IReadOnlyDictionary<string, object?> fields)
    {
        var arguments = new object?[_constructorFields.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            var (fieldName, convert, hasDefault, defaultValue) = _constructorFields[i];
            arguments[i] = fields.TryGetValue(fieldName, out var value) ? convert(value) : hasDefault ? defaultValue : convert(null);
        }

        var instance = _construct(arguments);
        foreach (var (fieldName, convert, set) in _settableFields)
        {
            if (fields.TryGetValue(fieldName, out var value))
            {
                set(instance, convert(value));
            }
        }

        return instance;
    }

    private static Action<object, object?> Setter(PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(target, property.DeclaringType!), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, target, value).Compile();
    }
}
