namespace Hub.GraphQL.Data;

/// <summary>
/// Which CLR members a GraphQL leaf type can filter and sort by in SQL: the scalar's own runtime types (and narrower
/// integers), enums over CLR enums or text columns; navigations to one related row and collections of rows or of such
/// values. Anything else would need client evaluation, so it is left out of the input types when the schema is built.
/// </summary>
internal static class QueryableMembers
{
    private static readonly Dictionary<string, Type[]> s_scalars = new(StringComparer.Ordinal)
    {
        ["String"] = [typeof(string)],
        ["Int"] = [typeof(int), typeof(short), typeof(byte), typeof(sbyte), typeof(ushort)],
        ["Short"] = [typeof(short), typeof(byte), typeof(sbyte)],
        ["Long"] = [typeof(long), typeof(int), typeof(short), typeof(byte), typeof(uint)],
        ["Byte"] = [typeof(byte)],
        ["Float"] = [typeof(double), typeof(float)],
        ["Decimal"] = [typeof(decimal)],
        ["Boolean"] = [typeof(bool)],
        ["Date"] = [typeof(DateOnly)],
        ["DateTime"] = [typeof(DateTimeOffset), typeof(DateTime)],
        ["UUID"] = [typeof(Guid)],
    };

    /// <summary>True when a field of GraphQL type <paramref name="graphQLType"/> can be compared in SQL through <paramref name="member"/>.</summary>
    public static bool IsTranslatable(string graphQLType, bool isEnum, Type member)
    {
        var clr = Nullable.GetUnderlyingType(member) ?? member;
        return isEnum
            ? clr.IsEnum || clr == typeof(string)
            : s_scalars.TryGetValue(graphQLType, out var types) && types.Contains(clr);
    }

    /// <summary>True for a member that can be a navigation to one related row: a class that is neither text nor a collection.</summary>
    public static bool IsNavigation(Type member) => member.IsClass && member != typeof(string) && ElementOf(member) is null;

    /// <summary>The element type of a collection member (an array, a <c>List&lt;T&gt;</c> …); null for anything else, text included.</summary>
    public static Type? ElementOf(Type member) => member == typeof(string)
        ? null
        : member.IsArray
            ? member.GetElementType()
            : (member.IsGenericType && member.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? member : member.GetInterfaces()
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))?.GetGenericArguments()[0];

    /// <summary>
    /// <paramref name="value"/> (a coerced GraphQL value) as a value of <paramref name="member"/>'s type: integers narrowed
    /// or widened, <c>DateTime</c> as UTC, enum names parsed. Throws when the schema bound a value the member cannot hold.
    /// </summary>
    public static object ToMemberValue(object value, Type member)
    {
        var clr = Nullable.GetUnderlyingType(member) ?? member;
        return value switch
        {
            _ when clr.IsInstanceOfType(value) => value,
            DateTimeOffset offset when clr == typeof(DateTime) => offset.UtcDateTime,
            string name when clr.IsEnum => Enum.Parse(clr, name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
            IConvertible when clr.IsPrimitive || clr == typeof(decimal) => Convert.ChangeType(value, clr, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"A {value.GetType().Name} value cannot be compared with a member of type {member.Name}."),
        };
    }
}
