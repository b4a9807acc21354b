using Hub.Data.Model;
using Hub.Data.Model.Shared;
using static Hub.Data.Import.PostgresCopy;

namespace Hub.Data.Import;

/// <summary>How persons and organisations are copied into <c>shared.person</c> and <c>shared.organization</c>.</summary>
/// <typeparam name="T">The entity type.</typeparam>
/// <param name="Name">The table's name in the shared schema.</param>
/// <param name="Columns">The copied columns, key first.</param>
/// <param name="Count">How many columns.</param>
/// <param name="Value">The value of column <c>i</c> of an entity.</param>
/// <param name="Key">The entity's key.</param>
internal sealed record PostgresEntityTable<T>(string Name, string Columns, int Count, Func<T, int, object?> Value, Func<T, string> Key)
{
    /// <summary>The schema-qualified table.</summary>
    public string Table => $"{Quote(Schemas.Shared)}.{Quote(Name)}";
}

/// <summary>The two shared entity tables.</summary>
internal static class PostgresEntityTables
{
    public static PostgresEntityTable<Person> Persons { get; } = new("person", "\"id_number\", \"birth_date\", \"sex\", \"region_code\"", 4,
        static (p, i) => i switch { 0 => p.IdNumber, 1 => p.BirthDate, 2 => p.Sex, _ => p.RegionCode }, static p => p.IdNumber);

    public static PostgresEntityTable<Organization> Organizations { get; } = new("organization", "\"uscc\", \"entity_type_code\", \"region_code\"", 3,
        static (o, i) => i switch { 0 => o.Uscc, 1 => o.EntityTypeCode, _ => o.RegionCode }, static o => o.Uscc);
}
