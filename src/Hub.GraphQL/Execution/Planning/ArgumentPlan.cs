using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Execution.Planning;

/// <summary>
/// The arguments of a field selection or a directive use (graphql-js <c>getArgumentValues</c>). Literal-only
/// arguments whose coerced values are immutable are coerced once and shared; anything with variables, a mutable value
/// or an error is coerced per request so no request can see another's values.
/// </summary>
public sealed class ArgumentPlan
{
    private readonly Argument[] _definitions;
    private readonly string[] _names;
    private readonly SyntaxNode _node;
    private readonly ArgumentNode?[] _nodes;
    private readonly ArgumentValues? _shared;

    internal ArgumentPlan(OutputField field, FieldNode fieldNode)
        : this(field.Arguments, fieldNode, fieldNode.Arguments)
    {
    }

    internal ArgumentPlan(DirectiveDefinition directive, DirectiveNode directiveNode)
        : this(directive.Arguments, directiveNode, directiveNode.Arguments)
    {
    }

    /// <summary>
    /// <paramref name="node"/> is the field or directive the arguments belong to: graphql-js reports a missing
    /// required argument there.
    /// </summary>
    private ArgumentPlan(IReadOnlyDictionary<string, Argument> definitions, SyntaxNode node, IReadOnlyList<ArgumentNode> argumentNodes)
    {
        _definitions = [.. definitions.Values];
        _names = [.. _definitions.Select(d => d.Name)];
        _node = node;
        _nodes = new ArgumentNode?[_definitions.Length];
        var usesVariables = false;
        for (var i = 0; i < _definitions.Length; i++)
        {
            foreach (var argumentNode in argumentNodes)
            {
                if (argumentNode.Name.Value == _definitions[i].Name)
                {
                    _nodes[i] = argumentNode;
                    usesVariables |= ContainsVariable(argumentNode.Value);
                    break;
                }
            }
        }

        if (_definitions.Length == 0)
        {
            _shared = ArgumentValues.Empty;
        }
        else if (!usesVariables)
        {
            try
            {
                var values = Evaluate(null);
                _shared = values.IsImmutable ? values.Values : null;
            }
            catch (GraphQLException)
            {
                // Reported at run time for every execution, as graphql-js does.
            }
        }

        NeedsEvaluation = _shared is null;
    }

    /// <summary>True when arguments must be coerced for each call (variables, mutable values or a coercion error).</summary>
    public bool NeedsEvaluation { get; }

    /// <summary>Coerces the arguments for one call; throws <see cref="GraphQLException"/> with graphql-js's message.</summary>
    public ArgumentValues Coerce(IReadOnlyDictionary<string, object?> variables)
        => _shared ?? Evaluate(variables).Values;

    private (ArgumentValues Values, bool IsImmutable) Evaluate(IReadOnlyDictionary<string, object?>? variables)
    {
        var values = new object?[_definitions.Length];
        var present = new bool[_definitions.Length];
        var immutable = true;
        for (var i = 0; i < _definitions.Length; i++)
        {
            var definition = _definitions[i];
            var argumentNode = _nodes[i];
            if (argumentNode is null)
            {
                if (definition.HasDefaultValue)
                {
                    (values[i], present[i]) = (definition.DefaultValue, true);
                }
                else if (definition.Type is NonNullType)
                {
                    throw Error($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.", _node);
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var name = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(name, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        (values[i], present[i]) = (definition.DefaultValue, true);
                    }
                    else if (definition.Type is NonNullType)
                    {
                        throw Error(
                            $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${name}\" which was not provided a runtime value.",
                            valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && definition.Type is NonNullType)
            {
                throw Error($"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.", valueNode);
            }

            if (!ValueFromAst.TryConvert(valueNode, definition.Type, variables, out var coerced))
            {
                throw Error($"Argument \"{definition.Name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            }

            values[i] = coerced;
            present[i] = true;
            immutable &= IsImmutable(coerced);
        }

        return (new ArgumentValues(_names, values, present), immutable);
    }

    private static bool IsImmutable(object? value)
        => value is null or string or bool or int or long or double or decimal or float or short or byte
            or Guid or DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan or Enum;

    private static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private static GraphQLException Error(string message, SyntaxNode node) => new(new GraphQLError(message, [node]));
}
