using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Types;

/// <summary>One value of an enum type; <see cref="Value"/> is what resolvers return and arguments receive.</summary>
public sealed class EnumValue(string name, object? value)
{
    public string Name { get; } = name;

    /// <summary>The runtime value (the name itself for enums built from SDL).</summary>
    public object? Value { get; } = value;

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? SyntaxNode { get; init; }
}
