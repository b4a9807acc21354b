using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Types;

/// <summary>An argument or input field (graphql-js <c>GraphQLArgument</c>/<c>GraphQLInputField</c>).</summary>
public abstract class InputValue
{
    private Lazy<object?>? _defaultValue;

    protected InputValue(string name, IGraphQLType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public IGraphQLType Type { get; }

    public string? Description { get; init; }

    /// <summary>True when a default value was declared (even <c>null</c>).</summary>
    public bool HasDefaultValue => _defaultValue is not null || DefaultValueLiteral is not null;

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

    /// <summary>Computes the coerced default value on first use, so it may depend on types defined later.</summary>
    public Func<object?> DefaultValueFactory
    {
        init => _defaultValue = new Lazy<object?>(value);
    }

    /// <summary>The default value as written in SDL, for printing and introspection.</summary>
    public ValueNode? DefaultValueLiteral { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? SyntaxNode { get; init; }

    public override string ToString() => Name;
}
