using System.Globalization;
using System.Text.Json;

namespace Hub.Testing.Filtering;

/// <summary>
/// Random <c>where</c> arguments over rows of a data set, each with its meaning evaluated independently in memory
/// (ordinal strings, null never matches a positive operation, negations are the complement), for differential tests
/// of the filter translation. Values are drawn from the rows so that filters select something.
/// </summary>
public sealed class RandomWhere(Random random, IReadOnlyList<object> rows, IReadOnlyList<FilterColumn> columns)
{
    private static readonly string[] StringOperations = ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"];
    private static readonly string[] ComparableOperations = ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];
    private static readonly string[] EnumOperations = ["eq", "neq", "in", "nin"];
    private static readonly string[] BooleanOperations = ["eq", "neq"];

    /// <summary>A filter object literal and whether a row matches it.</summary>
    public (string Literal, Func<object, bool> Matches) Next(int depth = 0)
    {
        // An input object names each field once.
        var parts = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Part(depth)).DistinctBy(p => p.Literal[..p.Literal.IndexOf(':')]).ToList();
        return ("{ " + string.Join(", ", parts.Select(p => p.Literal)) + " }", row => parts.All(p => p.Matches(row)));
    }

    private (string Literal, Func<object, bool> Matches) Part(int depth)
    {
        var roll = random.Next(10);
        if (depth < 2 && roll < 2)
        {
            var branches = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Next(depth + 1)).ToList();
            var list = "[" + string.Join(", ", branches.Select(b => b.Literal)) + "]";
            return roll == 0
                ? ($"or: {list}", row => branches.Any(b => b.Matches(row)))
                : ($"and: {list}", row => branches.All(b => b.Matches(row)));
        }

        var column = columns[random.Next(columns.Count)];
        var (operation, matches) = Operation(column);
        return ($"{column.Field}: {{ {operation} }}", row => matches(column.Read(row)));
    }

    private (string Literal, Func<object?, bool> Matches) Operation(FilterColumn column)
    {
        var operations = column.Kind switch
        {
            FilterColumnKind.String => StringOperations,
            FilterColumnKind.Comparable => ComparableOperations,
            FilterColumnKind.Enum => EnumOperations,
            _ => BooleanOperations,
        };
        // A column without any value can only be compared with null.
        var operation = rows.Any(r => column.Read(r) is not null) ? operations[random.Next(operations.Length)] : random.Next(2) == 0 ? "eq" : "neq";
        var negated = operation[0] == 'n';
        var positive = negated ? operation[1..] : operation;
        var (value, matches) = Positive(column, positive);
        return ($"{operation}: {value}", negated ? x => !matches(x) : matches);
    }

    private (string Literal, Func<object?, bool> Matches) Positive(FilterColumn column, string operation)
    {
        switch (operation)
        {
            case "in":
                var values = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sample(column)).ToList();
                return ("[" + string.Join(", ", values.Select(v => Literal(column, v))) + "]", x => values.Any(v => Equals(x, v)));
            case "contains" or "startsWith" or "endsWith":
                var text = Part(Sample(column, nonNull: true) as string ?? "");
                Func<string, bool> test = operation switch
                {
                    "contains" => s => s.Contains(text, StringComparison.Ordinal),
                    "startsWith" => s => s.StartsWith(text, StringComparison.Ordinal),
                    _ => s => s.EndsWith(text, StringComparison.Ordinal),
                };
                return (JsonSerializer.Serialize(text), x => x is string s && test(s));
            case "eq":
                var value = Sample(column);
                return (Literal(column, value), x => Equals(x, value));
            default:
                var bound = Sample(column, nonNull: true);
                Func<int, bool> holds = operation switch
                {
                    "gt" => c => c > 0,
                    "gte" => c => c >= 0,
                    "lt" => c => c < 0,
                    _ => c => c <= 0,
                };
                return (Literal(column, bound), x => x is not null && bound is not null && holds(Comparer<object>.Default.Compare(x, bound)));
        }
    }

    private string Part(string text)
    {
        var start = random.Next(text.Length + 1);
        return text.Substring(start, random.Next(text.Length - start + 1));
    }

    private object? Sample(FilterColumn column, bool nonNull = false)
    {
        var values = rows.Select(column.Read).Where(v => !nonNull || v is not null).ToList();
        return values.Count == 0 ? null : values[random.Next(values.Count)];
    }

    private static string Literal(FilterColumn column, object? value) => value is null ? "null" : column.Literal(value);

    /// <summary>A GraphQL literal of a string, number, date or boolean as the hub's scalars read them.</summary>
    public static string ScalarLiteral(object value) => value switch
    {
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        DateOnly d => $"\"{d:yyyy-MM-dd}\"",
        DateTimeOffset t => $"\"{t.UtcDateTime:yyyy-MM-ddTHH:mm:ss.FFFFFFF}Z\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "No literal for this value."),
    };

    /// <summary>A CLR enum value as its GraphQL name: <c>ScienceFiction</c> → <c>SCIENCE_FICTION</c>.</summary>
    public static string EnumLiteral(object value) =>
        string.Concat(value.ToString()!.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
