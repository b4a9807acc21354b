namespace Hub.GraphQL.Utilities;

/// <summary>graphql-js <c>suggestionList</c> and <c>didYouMean</c>: the " Did you mean …?" hints in error messages.</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to <paramref name="input"/> (edit distance ≤ 40% of its length), nearest first.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var distance = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var byDistance = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            var d = distance.Measure(option, threshold);
            if (d is not null)
            {
                byDistance[option] = d.Value;
            }
        }

        return byDistance.Keys
            .Order(Comparer<string>.Create((a, b) =>
            {
                var diff = byDistance[a] - byDistance[b];
                return diff != 0 ? diff : NaturalCompare(a, b);
            }))
            .ToList();
    }

    /// <summary>" Did you mean "A", "B", or "C"?" (empty when there is nothing to suggest).</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>" Did you mean {subMessage} "A" or "B"?" (empty when there is nothing to suggest).</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        var message = " Did you mean " + (string.IsNullOrEmpty(subMessage) ? string.Empty : subMessage + " ");
        var quoted = suggestions.Select(s => "\"" + s + "\"").ToList();
        switch (quoted.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return message + quoted[0] + "?";
            case 2:
                return message + quoted[0] + " or " + quoted[1] + "?";
        }

        var selected = quoted.Take(MaxSuggestions).ToList();
        return message + string.Join(", ", selected.Take(selected.Count - 1)) + ", or " + selected[^1] + "?";
    }

    /// <summary>graphql-js <c>naturalCompare</c>: digit runs compare by numeric value.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                var an = ReadNumber(a, ref ai);
                var bn = ReadNumber(b, ref bi);
                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>Reads a digit run; like graphql-js, a leading zero ends the run after one digit.</summary>
    private static double ReadNumber(string text, ref int index)
    {
        double number = 0;
        do
        {
            number = (number * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && number > 0);

        return number;
    }
}
