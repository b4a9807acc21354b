namespace Hub.GraphQL.Execution.Limits;

/// <summary>The field cost and type cost of part of an operation, at a list-size multiplier of one.</summary>
internal readonly record struct CostTally(double FieldCost, double TypeCost)
{
    public static CostTally operator +(CostTally left, CostTally right)
        => new(left.FieldCost + right.FieldCost, left.TypeCost + right.TypeCost);

    public static CostTally operator *(double factor, CostTally tally)
        => new(factor * tally.FieldCost, factor * tally.TypeCost);
}
