using System.Collections.Concurrent;
using System.Globalization;

namespace Hub.GraphQL.CodeFirst;

/// <summary>
/// Converts coerced GraphQL values (int, double, string, bool, enum values, lists, field dictionaries) to the CLR type
/// a resolver parameter declares. One converter is built per CLR type and reused.
/// </summary>
internal static class ClrValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<object?, object?>> Converters = new();

    public static Func<object?, object?> For(Type type) => Converters.GetOrAdd(type, Create);

    private static Func<object?, object?> Create(Type type)
    {
        if (type == typeof(object))
        {
            return static value => value;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            var inner = For(underlying);
            return value => value is null ? null : inner(value);
        }

        var defaultValue = type.IsValueType ? Activator.CreateInstance(type) : null;
        var convert = NonNull(type);
        return value => value is null ? defaultValue : convert(value);
    }

    private static Func<object, object?> NonNull(Type type)
    {
        if (type.IsEnum)
        {
            return value => value.GetType() == type ? value : value is string name ? Enum.Parse(type, name) : Enum.ToObject(type, value);
        }

        if (type == typeof(string))
        {
            return static value => value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return value => value.GetType() == type ? value : System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
        }

        if (type == typeof(Guid) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly)
            || type == typeof(TimeOnly) || type == typeof(TimeSpan) || type == typeof(Uri))
        {
            return value => value switch
            {
                string text => Parse(type, text),
                DateTimeOffset offset when type == typeof(DateTime) => offset.UtcDateTime,
                DateTime dateTime when type == typeof(DateTimeOffset) => new DateTimeOffset(dateTime),
                _ => value,
            };
        }

        if (ClrTypeShape.ElementType(type) is { } elementType)
        {
            return List(type, elementType);
        }

        if (type.IsClass && !type.IsAbstract && type != typeof(string))
        {
            return value => value is IReadOnlyDictionary<string, object?> fields && !type.IsInstanceOfType(value)
                ? InputObjectShape.Of(type).Create(fields)
                : value;
        }

        return static value => value;
    }

    private static object Parse(Type type, string text) => type switch
    {
        _ when type == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
        _ when type == typeof(DateTime) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        _ when type == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
        _ when type == typeof(DateOnly) => DateOnly.Parse(text, CultureInfo.InvariantCulture),
        _ when type == typeof(TimeOnly) => TimeOnly.Parse(text, CultureInfo.InvariantCulture),
        _ when type == typeof(TimeSpan) => System.Xml.XmlConvert.ToTimeSpan(text),
        _ => new Uri(text, UriKind.RelativeOrAbsolute),
    };

    /// <summary>Lists become arrays, or <c>List&lt;T&gt;</c> for any other collection type it can be assigned to.</summary>
    private static Func<object, object?> List(Type type, Type elementType)
    {
        var convertElement = For(elementType);
        var listType = typeof(List<>).MakeGenericType(elementType);
        if (!type.IsArray && !type.IsAssignableFrom(listType))
        {
            return static value => value;
        }

        return value =>
        {
            var items = value as System.Collections.IEnumerable ?? new[] { value };
            var converted = items.Cast<object?>().Select(convertElement).ToList();
            if (type.IsArray)
            {
                var array = Array.CreateInstance(elementType, converted.Count);
                for (var i = 0; i < converted.Count; i++)
                {
                    array.SetValue(converted[i], i);
                }

                return array;
            }

            var list = (System.Collections.IList)Activator.CreateInstance(listType, converted.Count)!;
            foreach (var item in converted)
            {
                list.Add(item);
            }

            return list;
        };
    }
}
