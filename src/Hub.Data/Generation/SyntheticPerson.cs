namespace Hub.Data.Generation;

/// <summary>A generated person: valid citizen id, Chinese name, birth date.</summary>
internal sealed record SyntheticPerson(string Id, string Name, DateOnly BirthDate);
