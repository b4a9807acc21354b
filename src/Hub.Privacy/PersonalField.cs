namespace Hub.Privacy;

/// <summary>A field of a served type that holds personal data, and how it is masked.</summary>
public sealed record PersonalField(string TypeName, string FieldName, PersonalDataKind Kind)
{
    /// <summary><c>Type.field</c>, as the scope catalogue and the audit name it.</summary>
    public string Coordinate => $"{TypeName}.{FieldName}";
}
