namespace Hub.GraphQL.Validation.Rules;

/// <summary>
/// Unordered pairs of fragment names already compared, remembering whether the comparison assumed mutually
/// exclusive parents (graphql-js's <c>PairSet</c>). A non-exclusive comparison also answers for an exclusive one.
/// </summary>
internal sealed class FragmentPairSet
{
    private readonly Dictionary<(string, string), bool> _pairs = [];

    public bool Has(string a, string b, bool areMutuallyExclusive)
        => _pairs.TryGetValue(Key(a, b), out var storedExclusive) && (areMutuallyExclusive || !storedExclusive);

    public void Add(string a, string b, bool areMutuallyExclusive) => _pairs[Key(a, b)] = areMutuallyExclusive;

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
