namespace Hub.GraphQL.CodeFirst;

/// <summary>How a CLR type maps onto GraphQL's wrappers: task results are unwrapped, sequences become lists.</summary>
internal static class ClrTypeShape
{
    /// <summary>The result type of <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>, or null for other types.</summary>
    public static Type? TaskResultType(Type type)
        => type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : null;

    /// <summary>The item type of <c>IAsyncEnumerable&lt;T&gt;</c>, or null.</summary>
    public static Type? AsyncStreamItemType(Type type)
        => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>) ? type.GetGenericArguments()[0] : null;

    /// <summary>The element type of an array or <c>IEnumerable&lt;T&gt;</c> (not strings or dictionaries), or null.</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (Implements(type, typeof(IDictionary<,>)) is not null || Implements(type, typeof(IReadOnlyDictionary<,>)) is not null)
        {
            return null;
        }

        return Implements(type, typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    /// <summary>The constructed generic interface <paramref name="definition"/> that <paramref name="type"/> is or implements.</summary>
    public static Type? Implements(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition)
        {
            return type;
        }

        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
    }

    public static bool IsVoidLike(Type type) => type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask);
}
