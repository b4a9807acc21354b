namespace Hub.Data.Model;

/// <summary>
/// A shared code list (DOMAIN.md §2.3): the only values a coded column may hold. The import refuses any other value;
/// GraphQL serves the column as an enum whose value names are the codes' <see cref="Code.Name"/>s.
/// </summary>
public sealed class CodeList(string name, string description, params Code[] codes)
{
    private readonly Dictionary<string, Code> _byValue = codes.ToDictionary(c => c.Value, StringComparer.Ordinal);

    /// <summary>The list's name, also the GraphQL enum's name (e.g. <c>Verdict</c>).</summary>
    public string Name { get; } = name;

    /// <summary>What the list classifies (the GraphQL enum's description).</summary>
    public string Description { get; } = description;

    /// <summary>The codes, in the order the domain lists them.</summary>
    public IReadOnlyList<Code> Codes { get; } = codes;

    /// <summary>The code stored as <paramref name="value"/>, if the list has it.</summary>
    public Code? Find(string value) => _byValue.GetValueOrDefault(value);
}

/// <summary>One value of a <see cref="CodeList"/>.</summary>
/// <param name="Name">The GraphQL enum value name (e.g. <c>GUILTY</c>).</param>
/// <param name="Value">The value as agencies deliver and the hub stores it (e.g. <c>有罪</c>).</param>
/// <param name="Description">What it means, in Chinese first (the enum value's description).</param>
public sealed record Code(string Name, string Value, string Description);
