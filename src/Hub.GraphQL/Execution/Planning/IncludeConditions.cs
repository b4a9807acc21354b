using Hub.GraphQL.Language.Syntax;

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

    /// <summary>The tri-state values of the condition variables for one request, and their cache key when it fits.</summary>
    public readonly record struct Outcome(bool?[] Values, ulong? Key);

    public Outcome Evaluate(IReadOnlyDictionary<string, object?> variables)
    {
        var values = new bool?[_variables.Length];
        ulong key = 0;
        for (var i = 0; i < _variables.Length; i++)
        {
            values[i] = variables.TryGetValue(_variables[i], out var value) && value is bool flag ? flag : null;
            if (values[i] is { } set && i < MaxKeyedVariables)
            {
                key |= 1UL << ((2 * i) + (set ? 0 : 1));
            }
        }

        return new Outcome(values, _variables.Length <= MaxKeyedVariables ? key : null);
    }

    /// <summary>graphql-js <c>shouldIncludeNode</c>: excluded by <c>@skip(if: true)</c> or <c>@include(if: false)</c>.</summary>
    public bool ShouldInclude(SelectionNode node, Outcome outcome)
    {
        if (node.Directives.Count == 0)
        {
            return true;
        }

        return ConditionValue(node, "skip", outcome) != true && ConditionValue(node, "include", outcome) != false;
    }

    private bool? ConditionValue(SelectionNode node, string directiveName, Outcome outcome)
    {
        foreach (var directive in node.Directives)
        {
            if (directive.Name.Value != directiveName)
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if")
                {
                    continue;
                }

                return argument.Value switch
                {
                    BooleanValueNode literal => literal.Value,
                    VariableNode variable => outcome.Values[Array.IndexOf(_variables, variable.Name.Value)],
                    _ => null,
                };
            }

            return null;
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
