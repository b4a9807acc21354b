using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Planning;

/// <summary>
/// The variables an operation uses in <c>@skip(if:)</c>/<c>@include(if:)</c>. Each request maps their values to an
/// <see cref="Outcome"/>; up to 32 variables fit a 64-bit key (two bits each: true, false) that selects a cached plan.
/// </summary>
internal sealed class IncludeConditions
{
    private const int MaxKeyedVariables = 32;
    private readonly string[] _variables;

    public IncludeConditions(IEnumerable<ExecutableDefinitionNode> definitions)
    {
        var names = new List<string>();
        foreach (var definition in definitions)
        {
            Scan(definition.SelectionSet, names);
        }

        _variables = [.. names];
    }

    /// <summary>
    /// The values of the condition variables for one request (null where a value is not a boolean) and their cache
    /// key, which exists only when every value is a boolean and the variables fit the key.
    /// </summary>
    public readonly record struct Outcome(bool?[] Values, ulong? Key, IReadOnlyDictionary<string, object?> Variables);

    public Outcome Evaluate(IReadOnlyDictionary<string, object?> variables)
    {
        var values = new bool?[_variables.Length];
        ulong key = 0;
        var cacheable = _variables.Length <= MaxKeyedVariables;
        for (var i = 0; i < _variables.Length; i++)
        {
            values[i] = variables.TryGetValue(_variables[i], out var value) && value is bool flag ? flag : null;
            if (values[i] is { } set)
            {
                key |= i < MaxKeyedVariables ? 1UL << ((2 * i) + (set ? 0 : 1)) : 0;
            }
            else
            {
                // Null, missing and (without validation) non-boolean values would share a key but behave
                // differently (see ConditionValue: most fail collection with an error), so such a request compiles
                // its own selections and no cached plan can skip the error.
                cacheable = false;
            }
        }

        return new Outcome(values, cacheable ? key : null, variables);
    }

    /// <summary>
    /// graphql-js <c>shouldIncludeNode</c>: excluded by <c>@skip(if: true)</c> or <c>@include(if: false)</c>.
    /// Throws <see cref="Errors.GraphQLException"/> where graphql-js's <c>getDirectiveValues</c> throws.
    /// </summary>
    public bool ShouldInclude(SelectionNode node, Outcome outcome)
    {
        if (node.Directives.Count == 0)
        {
            return true;
        }

        return ConditionValue(node, DirectiveDefinition.Skip, outcome) != true
            && ConditionValue(node, DirectiveDefinition.Include, outcome) != false;
    }

    private bool? ConditionValue(SelectionNode node, DirectiveDefinition definition, Outcome outcome)
    {
        foreach (var directive in node.Directives)
        {
            if (directive.Name.Value != definition.Name)
            {
                continue;
            }

            var condition = directive.Arguments.FirstOrDefault(argument => argument.Name.Value == "if")?.Value;
            if (condition is BooleanValueNode literal)
            {
                return literal.Value;
            }

            if (condition is VariableNode variable && outcome.Values[Array.IndexOf(_variables, variable.Name.Value)] is { } value)
            {
                return value;
            }

            // A null variable (nullable with a default, set to null), or without validation a missing variable or
            // argument or a literal of another type: graphql-js coerces the arguments as for a field and throws
            // its error ("Argument "if" of non-null type "Boolean!" must not be null."). A value that coerces
            // but is not a boolean neither skips nor includes.
            return new ArgumentPlan(definition, directive).Coerce(outcome.Variables).Get("if") as bool?;
        }

        return null;
    }

    private static void Scan(SelectionSetNode selectionSet, List<string> names)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is not ("skip" or "include"))
                {
                    continue;
                }

                foreach (var argument in directive.Arguments)
                {
                    if (argument.Value is VariableNode variable && !names.Contains(variable.Name.Value))
                    {
                        names.Add(variable.Name.Value);
                    }
                }
            }

            var child = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (child is not null)
            {
                Scan(child, names);
            }
        }
    }
}
