using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Types;

/// <summary>A directive definition (graphql-js <c>GraphQLDirective</c>); the specified ones are static members.</summary>
public sealed partial class DirectiveDefinition
{
    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, IEnumerable<Argument>? arguments = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(locations);
        Name = name;
        Locations = locations.ToArray();
        Arguments = OutputField.ArgumentMap(arguments ?? []);
    }

    public string Name { get; }

    public string? Description { get; init; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyDictionary<string, Argument> Arguments { get; }

    public bool IsRepeatable { get; init; }

    /// <summary>Set by <c>@deprecated</c> on the directive definition (graphql-js 16.15).</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public DirectiveDefinitionNode? SyntaxNode { get; init; }

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public Argument? GetArgument(string name) => Arguments.TryGetValue(name, out var argument) ? argument : null;

    public override string ToString() => "@" + Name;
}
