using System.Reflection;

namespace Hub.GraphQL.Authorization;

/// <summary>Turns code-first <see cref="AuthorizeAttribute"/>s and <see cref="AllowAnonymousAttribute"/> into context data of the field or type.</summary>
internal static class AuthorizationAttributes
{
    /// <summary><paramref name="contextData"/> plus the member's authorization attributes (the same instance when it has none).</summary>
    public static IReadOnlyDictionary<string, object?> AddTo(IReadOnlyDictionary<string, object?> contextData, MemberInfo member)
    {
        var rules = member.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.ToDirective()).ToArray();
        var allowAnonymous = member.IsDefined(typeof(AllowAnonymousAttribute), inherit: true);
        if (rules.Length == 0 && !allowAnonymous)
        {
            return contextData;
        }

        var combined = new Dictionary<string, object?>(contextData);
        if (rules.Length > 0)
        {
            combined[AuthorizationContextKeys.Directives] = rules;
        }

        if (allowAnonymous)
        {
            combined[AuthorizationContextKeys.AllowAnonymous] = true;
        }

        return combined;
    }
}
