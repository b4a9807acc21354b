namespace Hub.GraphQL.Conformance.Execution;

/// <summary>The <c>--name value</c> pairs after a command's verb.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public CommandArguments(IReadOnlyList<string> arguments, string usage)
    {
        Usage = usage;
        for (var i = 0; i < arguments.Count; i += 2)
        {
            if (!arguments[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= arguments.Count)
            {
                throw new ArgumentException($"Unexpected argument \"{arguments[i]}\". Usage: {usage}");
            }

            _values[arguments[i][2..]] = arguments[i + 1];
        }
    }

    public string Usage { get; }

    /// <summary>The value of <c>--name</c>; throws with the usage line when it is missing.</summary>
    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"Missing --{name}. Usage: {Usage}");

    /// <summary>The integer value of <c>--name</c>, or <paramref name="fallback"/> when absent.</summary>
    public int Integer(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
