using System.Runtime.CompilerServices;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Fragments must not spread themselves, directly or through other fragments.</summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public static readonly NoFragmentCyclesRule Instance = new();

    public string Name => nameof(NoFragmentCyclesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
    {
        var search = new CycleSearch(context);
        return new SyntaxVisitor()
            .EnterWithAction<OperationDefinitionNode>(SyntaxKind.OperationDefinition, _ => VisitorAction.Skip)
            .EnterWithAction<FragmentDefinitionNode>(SyntaxKind.FragmentDefinition, fragment =>
            {
                search.From(fragment);
                return VisitorAction.Skip;
            });
    }

    // A depth-first search over spreads, each fragment expanded once, reporting every back edge as a cycle.
    private sealed class CycleSearch(ValidationContext context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

        public void From(FragmentDefinitionNode fragment)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
            {
                return;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _pathIndexByName[name] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } spreadFragment)
                    {
                        From(spreadFragment);
                    }
                }
                else
                {
                    var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                    var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                    context.ReportError(new GraphQLError(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                        cyclePath));
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _pathIndexByName.Remove(name);
        }
    }
}
