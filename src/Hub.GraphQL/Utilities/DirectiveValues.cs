using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Utilities;

/// <summary>
/// graphql-js <c>getDirectiveValues</c> for type-system nodes: the argument values of the first use of a directive,
/// with defaults applied. The SDL has been validated, so values that do not coerce are left out.
/// </summary>
public static class DirectiveValues
{
    /// <summary>The arguments of <paramref name="directive"/> on <paramref name="node"/>, or null when it is not applied.</summary>
    public static IReadOnlyDictionary<string, object?>? Get(
        DirectiveDefinition directive, IHasDirectives node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var usage = node.Directives.FirstOrDefault(d => d.Name.Value == directive.Name);
        if (usage is null)
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in directive.Arguments.Values)
        {
            var argumentNode = usage.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name);
            if (argumentNode is not null && ValueFromAst.TryConvert(argumentNode.Value, argument.Type, variables, out var value))
            {
                values[argument.Name] = value;
            }
            else if (argument.HasDefaultValue)
            {
                values[argument.Name] = argument.DefaultValue;
            }
        }

        return values;
    }

    /// <summary>The <c>@deprecated</c> reason on a node, or null when it is not deprecated.</summary>
    public static string? DeprecationReason(IHasDirectives node) =>
        Get(DirectiveDefinition.Deprecated, node)?.GetValueOrDefault("reason") as string;

    /// <summary>The <c>@specifiedBy</c> URL on a node, or null.</summary>
    public static string? SpecifiedByUrl(IHasDirectives node) =>
        Get(DirectiveDefinition.SpecifiedBy, node)?.GetValueOrDefault("url") as string;

    /// <summary>True when <c>@oneOf</c> is applied to the node.</summary>
    public static bool IsOneOf(IHasDirectives node) => Get(DirectiveDefinition.OneOf, node) is not null;
}
