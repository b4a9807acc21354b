using System.Runtime.CompilerServices;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js 16.15's field-merging algorithm. Each selection set compares the fields "within" itself once;
/// everything else compares "between" two collections (a selection set's own fields, or a fragment's). Collections
/// are cached per (parent type, selection set); fragment pairs, field/fragment pairs, shared response names and
/// field comparisons are remembered; and a work budget aborts validation of adversarial documents.
/// </summary>
internal sealed class FieldConflictFinder(ValidationContext context)
{
    private const int MaxComplexityBudget = 500_000;

    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = [];
    private readonly FragmentPairSet _comparedFragmentPairs = new();
    private readonly ArgumentComparer _arguments = new();
    private int _remainingBudget = MaxComplexityBudget;

    public List<FieldConflict> FindWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<FieldConflict>();
        var own = Collect(parentType, selectionSet);
        CollectWithin(conflicts, own);

        // Spread fragments are compared only with fields or with another spread.
        if (own.FragmentNames.Count == 0 || (own.Grouped.Count == 0 && own.FragmentNames.Count < 2))
        {
            return conflicts;
        }

        for (var i = 0; i < own.FragmentNames.Count; i++)
        {
            CollectBetweenFieldsAndFragment(conflicts, false, own, own.FragmentNames[i]);
            for (var j = i + 1; j < own.FragmentNames.Count; j++)
            {
                CollectBetweenFragments(conflicts, false, own.FragmentNames[i], own.FragmentNames[j]);
            }
        }

        return conflicts;
    }

    private void CollectBetweenFieldsAndFragment(List<FieldConflict> conflicts, bool areMutuallyExclusive, CollectedFields fields, string fragmentName)
    {
        Spend(1);
        if (fields.Grouped.Count == 0)
        {
            return;
        }

        // A non-exclusive comparison also covers an exclusive one, not the other way round.
        if (fields.ComparedFragments.TryGetValue(fragmentName, out var comparedExclusive) && (!comparedExclusive || areMutuallyExclusive))
        {
            return;
        }

        fields.ComparedFragments[fragmentName] = areMutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentFields = CollectFragment(fragment);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        CollectBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
        {
            CollectBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields, referenced);
        }
    }

    private void CollectBetweenFragments(List<FieldConflict> conflicts, bool areMutuallyExclusive, string name1, string name2)
    {
        Spend(2);
        if (name1 == name2 || _comparedFragmentPairs.Has(name1, name2, areMutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs.Add(name1, name2, areMutuallyExclusive);
        if (context.GetFragment(name1) is not { } fragment1 || context.GetFragment(name2) is not { } fragment2)
        {
            return;
        }

        var fields1 = CollectFragment(fragment1);
        var fields2 = CollectFragment(fragment2);
        CollectBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var referenced2 in fields2.FragmentNames)
        {
            CollectBetweenFragments(conflicts, areMutuallyExclusive, name1, referenced2);
        }

        foreach (var referenced1 in fields1.FragmentNames)
        {
            CollectBetweenFragments(conflicts, areMutuallyExclusive, referenced1, name2);
        }
    }

    private List<FieldConflict> FindBetweenSubSelections(
        bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var fields1 = Collect(parentType1, selectionSet1);
        var fields2 = Collect(parentType2, selectionSet2);
        CollectBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var name2 in fields2.FragmentNames)
        {
            CollectBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, name2);
        }

        foreach (var name1 in fields1.FragmentNames)
        {
            CollectBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, name1);
        }

        foreach (var name1 in fields1.FragmentNames)
        {
            foreach (var name2 in fields2.FragmentNames)
            {
                CollectBetweenFragments(conflicts, areMutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectWithin(List<FieldConflict> conflicts, CollectedFields collected)
    {
        foreach (var (responseName, fields) in collected.Grouped)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectBetween(List<FieldConflict> conflicts, bool parentsAreMutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Grouped.Count == 0 || collected2.Grouped.Count == 0)
        {
            return;
        }

        foreach (var (responseName, fields1, fields2) in Overlaps(collected1, collected2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(parentsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string ResponseName, List<CollectedField> Fields1, List<CollectedField> Fields2)> Overlaps(CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Overlaps.TryGetValue(collected2, out var cached))
        {
            return cached;
        }

        var overlaps = new List<(string, List<CollectedField>, List<CollectedField>)>();
        foreach (var (responseName, fields1) in collected1.Grouped)
        {
            Spend(1);
            if (collected2.Grouped.TryGetValue(responseName, out var fields2))
            {
                overlaps.Add((responseName, fields1, fields2));
            }
        }

        collected1.Overlaps[collected2] = overlaps;
        return overlaps;
    }

    private FieldConflict? FindConflict(bool parentsAreMutuallyExclusive, string responseName, CollectedField field1, CollectedField field2)
    {
        // Fields of two different object types can never both apply, so they may differ in name and arguments.
        var areMutuallyExclusive = parentsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive && NameOrArgumentsReason(field1, field2) is { } reason)
        {
            return new FieldConflict(responseName, reason, [node1], [node2]);
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new FieldConflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is not { } selectionSet1 || node2.SelectionSet is not { } selectionSet2)
        {
            return null;
        }

        var subConflicts = FindBetweenSubSelections(areMutuallyExclusive, type1?.NamedType(), selectionSet1, type2?.NamedType(), selectionSet2);
        return subConflicts.Count == 0 ? null : ConflictMessages.Merge(responseName, node1, node2, subConflicts);
    }

    private string? NameOrArgumentsReason(CollectedField field1, CollectedField field2)
    {
        if (field1.Comparisons.TryGetValue(field2, out var known))
        {
            return known;
        }

        var name1 = field1.Node.Name.Value;
        var name2 = field2.Node.Name.Value;
        var reason = name1 != name2
            ? $"\"{ConflictMessages.Abbreviate(name1)}\" and \"{ConflictMessages.Abbreviate(name2)}\" are different fields"
            : _arguments.Same(field1, field2, () => Spend(1)) ? null : "they have differing arguments";
        field1.Comparisons[field2] = reason;
        return reason;
    }

    // Lists and non-null wrappers must match exactly; leaf types must be identical; composite types are compared through their subfields.
    private bool DoTypesConflict(IGraphQLType type1, IGraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        Spend(1);
        return (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            _ when type1.IsLeafType() || type2.IsLeafType() => !ReferenceEquals(type1, type2),
            _ => false,
        };
    }

    private CollectedFields CollectFragment(FragmentDefinitionNode fragment)
        => Collect(TypeFromAst.Resolve(context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

    private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var collected = new CollectedFields();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        CollectInto(parentType, selectionSet, collected, fragmentNames);
        _collected[(parentType, selectionSet)] = collected;
        return collected;
    }

    private void CollectInto(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected, HashSet<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = (parentType as ComplexOutputType)?.GetField(field.Name.Value);
                    collected.AddField((field.Alias ?? field.Name).Value, new CollectedField(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread when fragmentNames.Add(spread.Name.Value):
                    collected.FragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition
                        ? TypeFromAst.Resolve(context.Schema, condition) as NamedType
                        : parentType;
                    CollectInto(inlineType, inline.SelectionSet, collected, fragmentNames);
                    break;
            }
        }
    }

    // Every recursive step spends, so a chain of fragments too long for the stack aborts here instead of crashing.
    private void Spend(int cost)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException();
        }
    }
}
