using YamlDotNet.RepresentationModel;

namespace Hub.Server.Tests.Authorization;

/// <summary>The reviewed expectation of <c>authorization-matrix.yaml</c>: per field coordinate, public or the scopes that may read it.</summary>
internal sealed class ExpectedAccess
{
    private const string Public = "public";
    private readonly Dictionary<string, IReadOnlySet<string>?> _fields;

    private ExpectedAccess(Dictionary<string, IReadOnlySet<string>?> fields) => _fields = fields;

    /// <summary>Every field coordinate the file lists.</summary>
    public IReadOnlyCollection<string> Coordinates => _fields.Keys;

    /// <summary>Every scope the file mentions.</summary>
    public IEnumerable<string> Scopes => _fields.Values.OfType<IReadOnlySet<string>>().SelectMany(s => s).Distinct();

    public static ExpectedAccess Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var fields = new Dictionary<string, IReadOnlySet<string>?>(StringComparer.Ordinal);
        foreach (var (key, value) in ((YamlMappingNode)stream.Documents[0].RootNode).Children)
        {
            var coordinate = ((YamlScalarNode)key).Value!;
            fields[coordinate] = value switch
            {
                YamlScalarNode { Value: Public } => null,
                YamlSequenceNode scopes => scopes.Children.Select(s => ((YamlScalarNode)s).Value!).ToHashSet(StringComparer.Ordinal),
                _ => throw new InvalidDataException($"{path}:{value.Start.Line}: '{coordinate}' must be `public` or a list of scopes."),
            };
        }

        return new ExpectedAccess(fields);
    }

    /// <summary>True when a caller holding <paramref name="scope"/> (null: anonymous) may read <paramref name="coordinate"/>.</summary>
    public bool Allows(string coordinate, string? scope) =>
        _fields[coordinate] is not { } scopes || (scope is not null && scopes.Contains(scope));
}
