namespace Hub.Supervision.Catalogue;

/// <summary>What a clue is about (DOMAIN.md §4.3).</summary>
public enum SubjectType
{
    /// <summary>A person, keyed by citizen identity number.</summary>
    Person,

    /// <summary>An organisation, keyed by unified social credit code.</summary>
    Entity,

    /// <summary>A case or procedure, keyed by its number (e.g. an auction id).</summary>
    Case,

    /// <summary>A place, keyed by its normalised name (e.g. a residential compound).</summary>
    Place,
}
