using Hub.GraphQL.Errors;

namespace Hub.GraphQL.Execution.Processing;

/// <summary>
/// A field error and its response position. The position key (selection and list indexes from the root) orders
/// errors the way graphql-js's depth-first walk raises them, whatever order asynchronous fields finish in.
/// </summary>
internal sealed class ErrorRecord : IComparable<ErrorRecord>
{
    public ErrorRecord(GraphQLError error, ResultNode? container, int slot, int sequence)
    {
        Error = error;
        Container = container;
        Key = PositionKey(container, slot);
        Sequence = sequence;
    }

    public GraphQLError Error { get; }

    public ResultNode? Container { get; }

    /// <summary>The slot indexes from the root object down to the error's position.</summary>
    public int[] Key { get; }

    /// <summary>The order the error was recorded in; breaks ties between errors at one position.</summary>
    public int Sequence { get; }

    public static int[] PositionKey(ResultNode? container, int slot)
    {
        var depth = 1;
        for (var node = container; node?.Parent is not null; node = node.Parent)
        {
            depth++;
        }

        var key = new int[depth];
        key[depth - 1] = slot;
        var index = depth - 2;
        for (var node = container; node?.Parent is not null; node = node.Parent)
        {
            key[index--] = node.ParentIndex;
        }

        return key;
    }

    /// <summary>Lexicographic order of position keys; a position sorts before everything inside it.</summary>
    public static int Compare(int[] left, int[] right)
    {
        var length = Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            if (left[i] != right[i])
            {
                return left[i].CompareTo(right[i]);
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    public int CompareTo(ErrorRecord? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byKey = Compare(Key, other.Key);
        return byKey != 0 ? byKey : Sequence.CompareTo(other.Sequence);
    }
}
