using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : IGraphQLType
{
    private static readonly IReadOnlyDictionary<string, object?> EmptyContextData = new Dictionary<string, object?>();

    protected NamedType(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    public string? Description { get; init; }

    /// <summary>The definition this type was built from, when built from SDL.</summary>
    public TypeDefinitionNode? SyntaxNode { get; init; }

    /// <summary>The <c>extend</c> nodes merged into this type.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionNodes { get; init; } = [];

    /// <summary>Metadata for middleware (authorization, cost) attached when the schema is built.</summary>
    public IReadOnlyDictionary<string, object?> ContextData { get; init; } = EmptyContextData;

    public abstract TypeKind Kind { get; }

    public override string ToString() => Name;
}
