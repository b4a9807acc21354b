using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Authorization;

/// <summary>Reads the authorization rules declared on a field or type: SDL directives or code-first attributes.</summary>
internal static class AuthorizeDirectiveReader
{
    public static IEnumerable<AuthorizeDirective> Of(OutputField field) =>
        FromContextData(field.ContextData).Concat(FromNodes(field.SyntaxNode is null ? [] : [field.SyntaxNode]));

    public static IEnumerable<AuthorizeDirective> Of(NamedType type) =>
        FromContextData(type.ContextData).Concat(FromNodes([.. type.SyntaxNode is null ? [] : new IHasDirectives[] { type.SyntaxNode }, .. type.ExtensionNodes]));

    public static bool AllowsAnonymous(OutputField field) =>
        field.ContextData.GetValueOrDefault(AuthorizationContextKeys.AllowAnonymous) is true
        || field.SyntaxNode?.Directives.Any(d => d.Name.Value == AuthorizeDirective.AllowAnonymousName) == true;

    private static IEnumerable<AuthorizeDirective> FromContextData(IReadOnlyDictionary<string, object?> contextData) =>
        contextData.GetValueOrDefault(AuthorizationContextKeys.Directives) as IReadOnlyList<AuthorizeDirective> ?? [];

    private static IEnumerable<AuthorizeDirective> FromNodes(IEnumerable<IHasDirectives> nodes) =>
        nodes.SelectMany(node => node.Directives).Where(d => d.Name.Value == AuthorizeDirective.Name).Select(Read);

    /// <summary>The SDL was validated against the directive's definition, so only the value shapes it allows occur.</summary>
    private static AuthorizeDirective Read(DirectiveNode node)
    {
        string? policy = null;
        IReadOnlyList<string>? roles = null;
        var apply = ApplyPolicy.BeforeResolver;
        foreach (var argument in node.Arguments)
        {
            switch (argument.Name.Value, argument.Value)
            {
                case ("policy", StringValueNode value):
                    policy = value.Value;
                    break;
                case ("roles", ListValueNode list):
                    roles = [.. list.Values.OfType<StringValueNode>().Select(v => v.Value)];
                    break;
                case ("roles", StringValueNode single):
                    roles = [single.Value];
                    break;
                case ("apply", EnumValueNode value):
                    apply = value.Value switch
                    {
                        "AFTER_RESOLVER" => ApplyPolicy.AfterResolver,
                        "VALIDATION" => ApplyPolicy.Validation,
                        _ => ApplyPolicy.BeforeResolver,
                    };
                    break;
            }
        }

        return new AuthorizeDirective(policy, roles, apply);
    }
}
