namespace Hub.GraphQL.Execution.Processing;

/// <summary>
/// An object or list in the response tree. Each knows the slot of its parent that holds it, so a response path is
/// computed only when an error needs one, and null propagation can climb to the nearest nullable position.
/// </summary>
public abstract class ResultNode
{
    private protected ResultNode(ResultNode? parent, int parentIndex, bool isNonNullPosition)
    {
        Parent = parent;
        ParentIndex = parentIndex;
        IsNonNullPosition = isNonNullPosition;
    }

    /// <summary>The enclosing object or list; null for the root object.</summary>
    public ResultNode? Parent { get; }

    /// <summary>The slot of <see cref="Parent"/> that holds this node: a selection index or a list index.</summary>
    public int ParentIndex { get; }

    /// <summary>True when the position holding this node has a non-null type, so a null here climbs further.</summary>
    internal bool IsNonNullPosition { get; }

    /// <summary>Set when a non-null error nulled this node; errors inside it that come after this one are dropped.</summary>
    internal ErrorRecord? Cut { get; private set; }

    internal bool IsInvalidated => Cut is not null;

    /// <summary>The response key (string) or index (int) of slot <paramref name="index"/>.</summary>
    internal abstract object KeyAt(int index);

    internal abstract void SetSlot(int index, object? value);

    /// <summary>Marks this node nulled by <paramref name="error"/>; keeps the earliest error in response order.</summary>
    internal void Invalidate(ErrorRecord error)
    {
        if (Cut is null || error.CompareTo(Cut) < 0)
        {
            Cut = error;
        }
    }
}
