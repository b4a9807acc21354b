namespace Hub.Privacy;

/// <summary>
/// A GraphQL object type served from stored rows of <see cref="RecordType"/>: its fields read the record's property
/// of the same name (camelCase ↔ PascalCase), its personal fields are masked, and computed fields derive a value.
/// </summary>
public sealed class SharedDataType(string name, Type recordType)
{
    private readonly Dictionary<string, PersonalDataKind> _personal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, object?>> _computed = new(StringComparer.Ordinal);
    private string? _caseIdField;
    private Func<object, string?>? _case;

    /// <summary>The GraphQL type name.</summary>
    public string Name { get; } = name;

    /// <summary>The CLR type of the rows (an EF Core entity or a view over several).</summary>
    public Type RecordType { get; } = recordType;

    /// <summary>The personal fields, masked unless the read discloses them.</summary>
    public IEnumerable<PersonalField> PersonalFields => _personal.Select(p => new PersonalField(Name, p.Key, p.Value));

    /// <summary>Declares a personal field.</summary>
    public SharedDataType Personal(string fieldName, PersonalDataKind kind)
    {
        _personal[fieldName] = kind;
        return this;
    }

    /// <summary>Declares a field whose value is derived from the record rather than read from a property.</summary>
    public SharedDataType Computed<TRecord>(string fieldName, Func<TRecord, object?> compute)
    {
        _computed[fieldName] = record => compute((TRecord)record);
        return this;
    }

    /// <summary>
    /// Declares the procuratorate case a row is about: its free text must also mask the names of that case's parties
    /// (<see cref="CaseParties"/>). The case is named by a field, so a projection knows to read it.
    /// </summary>
    public SharedDataType InCase(string caseIdField)
    {
        var read = RowMasking.PropertyReader(RecordType, caseIdField);
        _caseIdField = caseIdField;
        _case = record => read(record) as string;
        return this;
    }

    /// <summary>The case id of a row (<see cref="InCase"/>), or null when rows of this type belong to no case.</summary>
    public Func<object, string?>? CaseId => _case;

    /// <summary>The field naming the case a row is about (<see cref="InCase"/>), or null.</summary>
    public string? CaseIdField => _caseIdField;

    /// <summary>The personal-data kind of <paramref name="fieldName"/>, if it is personal.</summary>
    public PersonalDataKind? PersonalKind(string fieldName) => _personal.TryGetValue(fieldName, out var kind) ? kind : null;

    /// <summary>The field holding the identity number of the person the row is about (the first one declared), if any.</summary>
    public string? SubjectIdNumberField => _personal.FirstOrDefault(p => p.Value == PersonalDataKind.IdNumber).Key;

    /// <summary>The computation of <paramref name="fieldName"/>, if it is computed.</summary>
    public Func<object, object?>? Computation(string fieldName) => _computed.GetValueOrDefault(fieldName);
}
