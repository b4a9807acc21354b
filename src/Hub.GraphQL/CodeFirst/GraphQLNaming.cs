using System.Reflection;
using System.Text;

namespace Hub.GraphQL.CodeFirst;

/// <summary>HotChocolate's default naming conventions for code-first schemas.</summary>
internal static class GraphQLNaming
{
    /// <summary>
    /// The type name: <c>[GraphQLName]</c>, else the CLR name without generic arity (<c>Page&lt;User&gt;</c> becomes
    /// <c>PageOfUser</c>), without the <c>I</c> of an interface (<c>IPet</c> becomes <c>Pet</c>), and with an
    /// <c>Input</c> suffix for input objects.
    /// </summary>
    public static string TypeName(Type type, bool isInput)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        if (type.GetCustomAttribute<UnionTypeAttribute>() is { Name: { } unionName })
        {
            return unionName;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick] + "Of" + string.Join("And", type.GetGenericArguments().Select(a => TypeName(a, isInput: false)));
        }

        if (type.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        return isInput && !name.EndsWith("Input", StringComparison.Ordinal) ? name + "Input" : name;
    }

    /// <summary>The field name of a property or method: <c>GetUserAsync</c> becomes <c>user</c>, <c>ID</c> becomes <c>id</c>.</summary>
    public static string FieldName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }
        }

        return CamelCase(name);
    }

    public static string ArgumentName(ParameterInfo parameter)
        => parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name!);

    /// <summary>Lower-cases the leading capitals, keeping the last one of an acronym followed by a word (<c>URLPath</c> → <c>urlPath</c>).</summary>
    public static string CamelCase(string name)
    {
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        if (upper == 0)
        {
            return name;
        }

        var lowered = upper == name.Length || upper == 1 ? upper : upper - 1;
        return name[..lowered].ToLowerInvariant() + name[lowered..];
    }

    /// <summary>An enum member's value name in UPPER_SNAKE case: <c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPError</c> → <c>HTTP_ERROR</c>.</summary>
    public static string EnumValueName(FieldInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_')
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    builder.Append('_');
                }
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    public static string? Description(ICustomAttributeProvider member)
        => member.GetCustomAttributes(typeof(GraphQLDescriptionAttribute), false) is [GraphQLDescriptionAttribute d, ..] ? d.Description : null;

    /// <summary>The deprecation reason from <c>[GraphQLDeprecated]</c> or <c>[Obsolete]</c> (graphql-js's default reason when none is given).</summary>
    public static string? DeprecationReason(ICustomAttributeProvider member)
    {
        if (member.GetCustomAttributes(typeof(GraphQLDeprecatedAttribute), false) is [GraphQLDeprecatedAttribute deprecated, ..])
        {
            return deprecated.Reason;
        }

        return member.GetCustomAttributes(typeof(ObsoleteAttribute), false) is [ObsoleteAttribute obsolete, ..]
            ? obsolete.Message ?? "No longer supported"
            : null;
    }
}
