namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// What a selection set adds to an operation once its fragments are expanded, without expanding them: how many
/// fields and aliases it selects, how deep it nests, and the cost of its direct fields by field name (a parent's
/// <c>@listSize(sizedFields:)</c> multiplies some of them). Counts saturate instead of overflowing, so a fragment
/// spread 2^64 times over is still just "too many".
/// </summary>
internal sealed class SelectionSummary
{
    /// <summary>The summary of a selection set that selects nothing (and of a fragment spread inside its own cycle).</summary>
    public static SelectionSummary Empty { get; } = new();

    public long FieldCount { get; private set; }

    public long AliasCount { get; private set; }

    /// <summary>Root fields are depth 1; plus one per nested selection set.</summary>
    public int Depth { get; private set; }

    public Dictionary<string, CostTally> CostByFieldName { get; } = new(StringComparer.Ordinal);

    /// <summary>The cost of the whole selection set, each direct field multiplied by its size when the parent sizes it.</summary>
    public CostTally Cost(IReadOnlyList<string>? sizedFields, double sizedFieldSize)
    {
        var total = default(CostTally);
        foreach (var (name, tally) in CostByFieldName)
        {
            total += sizedFields?.Contains(name) == true ? sizedFieldSize * tally : tally;
        }

        return total;
    }

    /// <summary>Adds one field selection: the field itself, its alias, and its sub-selection's shape if counted.</summary>
    public void AddField(string name, bool isAliased, SelectionSummary? counted, CostTally cost)
    {
        FieldCount = SaturatingAdd(FieldCount, 1 + (counted?.FieldCount ?? 0));
        AliasCount = SaturatingAdd(AliasCount, (isAliased ? 1 : 0) + (counted?.AliasCount ?? 0));
        AddCost(name, cost);
    }

    /// <summary>Raises the depth to that of one more field of this selection set.</summary>
    public void AddDepth(int fieldDepth) => Depth = Math.Max(Depth, fieldDepth);

    /// <summary>Adds a fragment's selections, expanded in place (a fragment spread twice is added twice).</summary>
    public void AddExpanded(SelectionSummary fragment)
    {
        FieldCount = SaturatingAdd(FieldCount, fragment.FieldCount);
        AliasCount = SaturatingAdd(AliasCount, fragment.AliasCount);
        Depth = Math.Max(Depth, fragment.Depth);
        foreach (var (name, tally) in fragment.CostByFieldName)
        {
            AddCost(name, tally);
        }
    }

    private void AddCost(string name, CostTally cost)
        => CostByFieldName[name] = CostByFieldName.GetValueOrDefault(name) + cost;

    private static long SaturatingAdd(long left, long right) => left > long.MaxValue - right ? long.MaxValue : left + right;
}
