using Hub.Data.Model.Administrative;
using Hub.Data.Model.Shared;
using Hub.GraphQL.Data.Projection;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// What the fields of <c>Person</c> and <c>Organization</c> read from their tables, so that a lookup, a link or a global id
/// reads only the columns its selection needs (plus the key). Their row lists read nothing of the entity but its key.
/// </summary>
public static class EntityProjections
{
    // The Organization fields the market-entity registration serves, by the registration's property.
    private static readonly Dictionary<string, string> RegistrationFields = new(StringComparer.Ordinal)
    {
        ["name"] = nameof(MarketEntity.Name),
        ["status"] = nameof(MarketEntity.Status),
        ["registeredDate"] = nameof(MarketEntity.RegisteredDate),
        ["address"] = nameof(MarketEntity.Address),
        ["legalRepresentativeIdNumber"] = nameof(MarketEntity.LegalRepIdNumber),
    };

    /// <summary>A person: its identity number always (the batch's key and its lists' key); the birth date for the age it derives.</summary>
    public static ProjectedFields<Person> Person { get; } = new ProjectedFields<Person>()
        .Always(p => p.IdNumber)
        .Requires("birthYear", p => p.BirthDate)
        .Requires("ageBand", p => p.BirthDate)
        .NotProjected(LinkFields(d => d.HasPerson));

    /// <summary>The code-derived part of an organisation: its credit code always; the registration's fields read none of it.</summary>
    public static ProjectedFields<Organization> Organization { get; } = new ProjectedFields<Organization>()
        .Always(o => o.Uscc)
        .NotProjected([.. RegistrationFields.Keys, "id", .. LinkFields(d => d.HasOrganization)]);

    /// <summary>The registration part: its id (the latest registration wins) and credit code always.</summary>
    public static ProjectedFields<MarketEntity> Registration { get; } = new ProjectedFields<MarketEntity>().Always(m => m.Id, m => m.Uscc);

    /// <summary>The registration's fields among the <c>Organization</c> fields <paramref name="selected"/>, named as the registration's own.</summary>
    public static IEnumerable<string> RegistrationFieldsOf(IEnumerable<string> selected) =>
        selected.Where(RegistrationFields.ContainsKey).Select(field => RegistrationFields[field]);

    private static string[] LinkFields(Func<ISharedDataSet, bool> linked) => [.. SharedDataSets.All.Where(linked).Select(d => d.FieldName)];
}
