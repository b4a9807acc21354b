using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace Hub.GraphQL.Types.Resolvers;

/// <summary>
/// The resolver of fields nobody bound (graphql-js <c>defaultFieldResolver</c>): the parent's dictionary key, JSON
/// property, or CLR property/field of the same name (exact, else case-insensitive). Property readers are compiled once
/// per runtime type. Unlike graphql-js, a delegate-valued member is returned as is, never called.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<string, PureFieldResolverDelegate> ByFieldName = new(StringComparer.Ordinal);

    /// <summary>The shared default resolver of fields named <paramref name="fieldName"/>.</summary>
    public static PureFieldResolverDelegate For(string fieldName) =>
        ByFieldName.GetOrAdd(fieldName, static name => new MemberReader(name).Read);

    /// <summary>Reads one member name from any parent; caches a compiled reader per CLR type.</summary>
    private sealed class MemberReader(string name)
    {
        private readonly ConcurrentDictionary<Type, Func<object, object?>?> _readers = new();

        public object? Read(object? parent) => parent switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(name),
            IDictionary<string, object?> map => map.TryGetValue(name, out var value) ? value : null,
            IDictionary map => map.Contains(name) ? map[name] : null,
            JsonElement { ValueKind: JsonValueKind.Object } element => element.TryGetProperty(name, out var property)
                ? FromJson(property)
                : null,
            JsonElement => null,
            _ => _readers.GetOrAdd(parent.GetType(), Compile)?.Invoke(parent),
        };

        /// <summary>JSON scalars become CLR values; objects stay elements so nested default resolvers read them.</summary>
        private static object? FromJson(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
            JsonValueKind.Object => element,
            _ => null,
        };

        private Func<object, object?>? Compile(Type type)
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
            MemberInfo? member = (MemberInfo?)type.GetProperty(name, flags) ?? type.GetField(name, flags);
            member ??= type.GetProperties(flags).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? (MemberInfo?)type.GetFields(flags).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            if (member is null || member is PropertyInfo { CanRead: false } || member is PropertyInfo p && p.GetIndexParameters().Length > 0)
            {
                return null;
            }

            var parameter = Expression.Parameter(typeof(object), "parent");
            var access = Expression.MakeMemberAccess(Expression.Convert(parameter, type), member);
            return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), parameter).Compile();
        }
    }
}
