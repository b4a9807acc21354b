using System.Linq.Expressions;
using System.Reflection;

namespace Hub.Privacy;

/// <summary>
/// How the personal fields of a served row are masked when its read does not disclose them: a name completely when the
/// row's subject is under 18 by its identity number; free text with the row's other personal values masked inside it
/// as their own fields show them; every other kind by its display mask (<see cref="PersonalDataMasking"/>). What a mask
/// reads of its row (<see cref="Inputs"/>) is derived from the same choices, so a projection cannot leave one out.
/// </summary>
public static class RowMasking
{
    /// <summary>The mask of <paramref name="fieldName"/> (of <paramref name="kind"/>) for a given row of <paramref name="type"/>.</summary>
    public static Func<object, Func<string, string>> MaskFor(SharedDataType type, string fieldName, PersonalDataKind kind)
    {
        switch (kind)
        {
            case PersonalDataKind.Name when MinorTest(type) is { } idField:
                var subjectIdNumber = PropertyReader(type.RecordType, idField);
                return record => PersonalDataMasking.IsMinor(subjectIdNumber(record) as string, AgeBands.Today())
                    ? PersonalDataMasking.MinorName
                    : PersonalDataMasking.Name;
            case PersonalDataKind.FreeText:
                var known = KnownValues(type, fieldName);
                return record =>
                {
                    var values = known(record);
                    return text => FreeTextRedaction.Redact(text, values);
                };
            default:
                return _ => value => PersonalDataMasking.Mask(kind, value);
        }
    }

    /// <summary>
    /// The personal values of a row of <paramref name="type"/> other than the free text <paramref name="fieldName"/>,
    /// each with the masked form its own field shows: what the free text must not show in clear either.
    /// </summary>
    public static Func<object, IReadOnlyList<(string Value, string Masked)>> KnownValues(SharedDataType type, string fieldName)
    {
        var others = RedactedFrom(type, fieldName)
            .Select(p => (Read: PropertyReader(type.RecordType, p.FieldName), Mask: MaskFor(type, p.FieldName, p.Kind)))
            .ToList();
        return record => others
            .Select(o => (Value: o.Read(record) as string, o.Mask))
            .Where(o => !string.IsNullOrWhiteSpace(o.Value))
            .Select(o => (o.Value!.Trim(), o.Mask(record)(o.Value!)))
            .ToList();
    }

    /// <summary>
    /// The other fields of a row of <paramref name="type"/> whose values masking <paramref name="fieldName"/> reads: a name,
    /// the subject's identity number (a minor's name is masked whole); free text, the personal values redacted from it and
    /// what their masks read, and the case whose parties it names (<see cref="SharedDataType.CaseIdField"/>). A projection
    /// reads them even when only the masked field is selected.
    /// </summary>
    public static IReadOnlySet<string> Inputs(SharedDataType type, string fieldName) => type.PersonalKind(fieldName) switch
    {
        PersonalDataKind.Name when MinorTest(type) is { } idField => new HashSet<string>(StringComparer.Ordinal) { idField },
        PersonalDataKind.FreeText => RedactedFrom(type, fieldName)
            .SelectMany(p => Inputs(type, p.FieldName).Append(p.FieldName))
            .Concat(type.CaseIdField is { } caseIdField ? [caseIdField] : [])
            .ToHashSet(StringComparer.Ordinal),
        _ => new HashSet<string>(StringComparer.Ordinal),
    };

    // The field whose identity number tells whether a name is a minor's (masked whole).
    private static string? MinorTest(SharedDataType type) => type.SubjectIdNumberField;

    // The personal fields whose values free text must not show in clear: every other one that is not free text itself.
    private static IEnumerable<PersonalField> RedactedFrom(SharedDataType type, string freeTextField) =>
        type.PersonalFields.Where(p => p.FieldName != freeTextField && p.Kind != PersonalDataKind.FreeText);

    /// <summary>
    /// A compiled reader of the property of <paramref name="recordType"/> that serves <paramref name="fieldName"/>
    /// (camelCase ↔ PascalCase); <c>SMALLINT</c> columns are read as <see cref="int"/>, as GraphQL <c>Int</c> serves them.
    /// </summary>
    public static Func<object, object?> PropertyReader(Type recordType, string fieldName)
    {
        var property = recordType.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            ?? throw new InvalidOperationException($"{recordType.Name} has no property for the field \"{fieldName}\".");
        var parameter = Expression.Parameter(typeof(object), "record");
        Expression value = Expression.Property(Expression.Convert(parameter, recordType), property);
        if (property.PropertyType == typeof(short) || property.PropertyType == typeof(short?))
        {
            value = Expression.Convert(value, property.PropertyType == typeof(short) ? typeof(int) : typeof(int?));
        }

        return Expression.Lambda<Func<object, object?>>(Expression.Convert(value, typeof(object)), parameter).Compile();
    }
}
