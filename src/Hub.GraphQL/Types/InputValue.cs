using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Types;

/// <summary>An argument or input field (graphql-js <c>GraphQLArgument</c>/<c>GraphQLInputField</c>).</summary>
public abstract class InputValue
{
    private Lazy<object?>? _defaultValue;
    private string? _description;
    private string? _deprecationReason;
    private ValueNode? _defaultValueLiteral;
    private InputValueDefinitionNode? _syntaxNode;

    protected InputValue(string name, IGraphQLType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public IGraphQLType Type { get; }

    public string? Description { get => _description; init => _description = value; }

    /// <summary>True when a default value was declared (even <c>null</c>).</summary>
    public bool HasDefaultValue => _defaultValue is not null;

    /// <summary>The coerced default value (graphql-js <c>defaultValue</c>).</summary>
    public object? DefaultValue
    {
        get => _defaultValue?.Value;
        init
        {
            var constant = value;
            _defaultValue = new Lazy<object?>(() => constant);
        }
    }

    /// <summary>The default value as written in SDL, for printing and introspection.</summary>
    public ValueNode? DefaultValueLiteral { get => _defaultValueLiteral; init => _defaultValueLiteral = value; }

    public string? DeprecationReason { get => _deprecationReason; init => _deprecationReason = value; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? SyntaxNode { get => _syntaxNode; init => _syntaxNode = value; }

    public override string ToString() => Name;

    /// <summary>
    /// Fills this value from its SDL definition. The default value is coerced on first use (by
    /// <paramref name="coerceDefault"/>) so it may depend on input types that are defined later in the document.
    /// </summary>
    internal void ApplyDefinition(InputValueDefinitionNode node, string? deprecationReason, Func<object?>? coerceDefault)
    {
        _syntaxNode = node;
        _description = node.Description?.Value;
        _deprecationReason = deprecationReason;
        _defaultValueLiteral = node.DefaultValue;
        _defaultValue = coerceDefault is null ? null : new Lazy<object?>(coerceDefault);
    }
}
