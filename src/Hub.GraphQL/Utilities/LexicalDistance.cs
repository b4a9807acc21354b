namespace Hub.GraphQL.Utilities;

/// <summary>
/// Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), case-insensitive, where a
/// pure case change counts as one edit — graphql-js's <c>LexicalDistance</c>.
/// </summary>
internal sealed class LexicalDistance(string input)
{
    private readonly string _inputLowerCase = input.ToLowerInvariant();

    /// <summary>The distance to <paramref name="option"/>, or null when it exceeds <paramref name="threshold"/>.</summary>
    public int? Measure(string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLowerCase = option.ToLowerInvariant();
        if (_inputLowerCase == optionLowerCase)
        {
            return 1;
        }

        var a = optionLowerCase;
        var b = _inputLowerCase;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallest = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                currentRow[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
