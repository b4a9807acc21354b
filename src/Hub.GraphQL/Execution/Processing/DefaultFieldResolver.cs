using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Hub.GraphQL.Execution.Processing;

/// <summary>
/// graphql-js <c>defaultFieldResolver</c>: the parent's entry or property named like the field. Dictionaries are read
/// by key; CLR objects through a compiled getter per (type, field), matched case-insensitively (C# PascalCase).
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    public static object? Resolve(object? parent, string fieldName) => parent switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(fieldName),
        IDictionary<string, object?> map => map.TryGetValue(fieldName, out var value) ? value : null,
        _ => Getters.GetOrAdd((parent.GetType(), fieldName), CompileGetter)?.Invoke(parent),
    };

    private static Func<object, object?>? CompileGetter((Type Type, string Name) key)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var member = (MemberInfo?)key.Type.GetProperty(key.Name, flags) ?? key.Type.GetField(key.Name, flags);
        if (member is null || member is PropertyInfo { GetMethod: null })
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "instance");
        var access = Expression.MakeMemberAccess(Expression.Convert(instance, key.Type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), instance).Compile();
    }
}
